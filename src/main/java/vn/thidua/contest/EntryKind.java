package vn.thidua.contest;

/** Who may enter a contest: individual workers, teams of workers, or both. */
public enum EntryKind {
  PERSON,
  TEAM,
  BOTH;

  boolean admits(boolean team) {
    return this == BOTH || (team ? this == TEAM : this == PERSON);
  }
}
