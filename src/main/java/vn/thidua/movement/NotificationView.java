package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification to one of the user's units. Its text is composed when it is shown, in the reader's
 * language, from the kind and these details.
 *
 * @param movementId the movement it is about, or null for an agreement
 * @param agreementId the agreement it is about, for {@link NotificationKind#AGREEMENT_OPENED}
 * @param outcome the review's outcome, for {@link NotificationKind#REGISTRATION_REVIEWED}
 * @param dueOn the deadline, the registration deadline of a launched movement, or the signing
 *     deadline of an agreement
 */
public record NotificationView(
    long id,
    long unitId,
    String unitName,
    NotificationKind kind,
    Long movementId,
    String movementName,
    Long agreementId,
    String agreementTitle,
    Long phaseId,
    Integer phaseNumber,
    RegistrationStatus outcome,
    String reason,
    LocalDate dueOn,
    Instant createdAt,
    boolean read) {

  /** The page it is about: the agreement, the unit's report for the phase, or its registration. */
  public String path() {
    if (agreementId != null) {
      return "/agreements/%d".formatted(agreementId);
    }
    if (kind == NotificationKind.REPORT_DUE && phaseId != null) {
      return "/movements/%d/phases/%d/units/%d/report".formatted(movementId, phaseId, unitId);
    }
    return "/movements/%d/units/%d/registration".formatted(movementId, unitId);
  }

  /** The day it was sent, in Vietnam. */
  public LocalDate createdOn() {
    return MovementCalendar.dayOf(createdAt);
  }
}
