package vn.thidua.organisation;

import java.time.LocalDate;

/** One line of a unit's story: where it stood, or what became of it. */
public record UnitHistory(
    String kind, LocalDate from, LocalDate to, Long otherUnitId, String otherUnitName) {}
