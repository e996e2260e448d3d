package vn.thidua.decision;

/** An exemplary awardee's photo, JPEG or PNG. */
public record Photo(String contentType, byte[] content) {}
