package vn.thidua.decision;

/** What a decision does: grants awards, or revokes or amends an earlier issued decision. */
public enum DecisionKind {
  AWARD,
  /** Revokes an earlier decision and the honours it granted; it has no lines of its own. */
  REVOKE,
  /** Replaces an earlier decision: its lines are the corrected list of awardees. */
  AMEND
}
