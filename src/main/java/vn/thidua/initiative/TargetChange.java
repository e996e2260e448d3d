package vn.thidua.initiative;

/**
 * A target handed down to a unit, or changed.
 *
 * @param version the version of the target being changed; leave out for a new one
 */
public record TargetChange(Integer target, Integer version) {}
