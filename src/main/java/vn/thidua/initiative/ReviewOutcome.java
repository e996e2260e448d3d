package vn.thidua.initiative;

/** The state of one level's review of an initiative. */
public enum ReviewOutcome {
  UNDER_REVIEW,
  RECOGNISED,
  NOT_RECOGNISED
}
