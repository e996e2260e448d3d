package vn.thidua.shared.security;

/** What a user may do inside the unit a grant names and the units below it. */
public enum Role {
  /** Manages users, levels, sectors and the hierarchy in the subtree. */
  ADMIN,
  /** Keeps the unit's figures, people and reorganisations in the subtree. */
  OFFICER,
  /** Scores and votes in the unit's council; reads the subtree. */
  COUNCIL_MEMBER,
  /** Reads the subtree. */
  VIEWER;

  public boolean canChange() {
    return this == ADMIN || this == OFFICER;
  }
}
