package vn.thidua.initiative;

/** A unit's target in a programme, with the unit that handed it down (none for the launcher). */
public record TargetView(
    long programmeId, long unitId, String unitName, Long handedById, int target, int version) {}
