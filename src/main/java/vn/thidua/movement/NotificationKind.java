package vn.thidua.movement;

/** What a notification tells a unit. */
public enum NotificationKind {
  /** A movement was launched with the unit among its participants. */
  LAUNCHED,
  /** The organiser approved, rejected or returned the unit's registration. */
  REGISTRATION_REVIEWED,
  /** The registration deadline is a week away or less and the unit has not submitted. */
  REGISTRATION_DUE,
  /** A phase ends within a week and the unit has not reported it. */
  REPORT_DUE,
  /** An emulation agreement the unit is a member of was opened for signing. */
  AGREEMENT_OPENED
}
