package vn.thidua.movement;

/**
 * An agreement is drafted, opened for signing by its members, then closed; signatures are taken
 * only while it is open and its signing deadline has not passed.
 */
public enum AgreementStatus {
  DRAFT,
  OPEN,
  CLOSED
}
