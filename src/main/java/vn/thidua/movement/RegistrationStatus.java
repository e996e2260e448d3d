package vn.thidua.movement;

/**
 * Where a registration stands: the unit drafts and submits it; the organiser approves it, rejects
 * it or returns it for changes, after which the unit may submit it again.
 */
public enum RegistrationStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED,
  RETURNED;

  /** Whether the unit may still change the registration. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
