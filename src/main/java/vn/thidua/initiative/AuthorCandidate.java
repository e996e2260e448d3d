package vn.thidua.initiative;

import java.math.BigDecimal;

/**
 * An author as entered, with what the registry says of them.
 *
 * @param insideUnit whether the author works in the initiative's unit or a unit below it
 */
record AuthorCandidate(
    long personId,
    String fullName,
    long unitId,
    BigDecimal share,
    String outsideReason,
    boolean insideUnit) {}
