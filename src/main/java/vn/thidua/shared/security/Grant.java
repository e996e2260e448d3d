package vn.thidua.shared.security;

import java.io.Serializable;

/** A role held in one unit, reaching every unit below it. */
public record Grant(Role role, long unitId) implements Serializable {}
