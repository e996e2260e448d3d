package vn.thidua.decision;

/** An officer's letterhead choice for their unit; blank fields mean the default. */
public record LetterheadChange(String symbolSuffix, String placeName) {}
