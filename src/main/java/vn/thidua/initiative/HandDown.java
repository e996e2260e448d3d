package vn.thidua.initiative;

/**
 * A unit directly below another during a programme, with the target handed to it, if any.
 *
 * @param version the target's version, to send when changing it; null when none was handed down
 */
public record HandDown(long unitId, String unitName, Integer target, Integer version) {}
