package vn.thidua.decision;

/**
 * A unit's letterhead choice beside the defaults its decisions use without one.
 *
 * @param symbolSuffix the chosen symbol after "QĐ-", or null for the default
 * @param placeName the chosen place before the date, or null for the default
 * @param version 0 while the unit has made no choice
 */
public record LetterheadChoice(
    long unitId,
    String unitName,
    String symbolSuffix,
    String defaultSymbolSuffix,
    String placeName,
    String defaultPlaceName,
    int version,
    boolean changeable) {}
