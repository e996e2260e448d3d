package vn.thidua.contest;

import java.time.LocalDate;

/** A contest in a list. */
public record ContestRow(
    long id,
    String name,
    String trade,
    long unitId,
    String unitName,
    LocalDate heldFrom,
    LocalDate heldTo,
    ContestStatus status,
    long entrants) {}
