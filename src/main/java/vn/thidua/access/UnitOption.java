package vn.thidua.access;

/** A unit an administrator may grant roles in. */
public record UnitOption(long id, String name, String levelName) {}
