package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification to one of the user's units. Its text is composed when it is shown, in the reader's
 * language, from the kind and these details.
 *
 * @param outcome the review's outcome, for {@link NotificationKind#REGISTRATION_REVIEWED}
 * @param dueOn the deadline, or the registration deadline of a launched movement
 */
public record NotificationView(
    long id,
    long unitId,
    String unitName,
    NotificationKind kind,
    long movementId,
    String movementName,
    Long phaseId,
    Integer phaseNumber,
    RegistrationStatus outcome,
    String reason,
    LocalDate dueOn,
    Instant createdAt,
    boolean read) {

  /** The day it was sent, in Vietnam. */
  public LocalDate createdOn() {
    return MovementCalendar.dayOf(createdAt);
  }
}
