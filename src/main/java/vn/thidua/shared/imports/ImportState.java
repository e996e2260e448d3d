package vn.thidua.shared.imports;

/** Where a background import stands. */
public enum ImportState {
  /** Received, waiting for a worker thread. */
  QUEUED,
  /** Reading the rows and checking each of them. */
  VALIDATING,
  /** Every row was good; saving them in one transaction. */
  SAVING,
  /** Every row was saved. */
  SUCCEEDED,
  /** Some rows were bad, so none was saved; the errors say which and why. */
  REJECTED,
  /** The import stopped on a system failure; nothing was saved. */
  FAILED;

  public boolean finished() {
    return this == SUCCEEDED || this == REJECTED || this == FAILED;
  }
}
