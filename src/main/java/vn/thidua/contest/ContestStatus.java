package vn.thidua.contest;

/** A contest takes registrations and scores until it is finished with its ranking and prizes. */
public enum ContestStatus {
  OPEN,
  FINISHED
}
