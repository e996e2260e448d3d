package vn.thidua.movement;

import java.time.LocalDate;

/**
 * A movement as a unit's page lists it: one the unit takes part in (under its sector's name for the
 * movement), or one it organises.
 */
public record UnitMovement(
    long movementId,
    String name,
    MovementKind kind,
    MovementStatus status,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate registrationDeadline,
    boolean organiser,
    boolean pilot) {}
