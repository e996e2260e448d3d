package vn.thidua.nomination;

/** At most {@code quota} nominations from a proposing unit in a round. */
public record Quota(long unitId, int quota) {}
