package vn.thidua.contest;

import java.math.BigDecimal;

/** A judge's mark for an entrant in a round, on the contest's scale. */
public record Mark(Long registrationId, BigDecimal points) {}
