package vn.thidua.movement;

import java.time.LocalDate;

/** A line of a list of movements. */
public record MovementSummary(
    long id,
    String name,
    MovementKind kind,
    MovementStatus status,
    long organiserId,
    String organiserName,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate registrationDeadline,
    int participantCount) {}
