package vn.thidua.movement;

/** Who an emulation agreement binds: the grassroots unions of one sector, or one cluster. */
public enum AgreementScope {
  /** The grassroots unions of a sector below the organiser, active in the year. */
  SECTOR,
  /** The members of one of the organiser's emulation clusters of the year. */
  CLUSTER
}
