package vn.thidua.movement;

/** Published when the organiser approves, rejects or returns a registration. */
public record RegistrationReviewed(
    long registrationId,
    long movementId,
    String movementName,
    long unitId,
    RegistrationStatus outcome,
    String reason) {}
