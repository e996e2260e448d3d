package vn.thidua.decision;

/** Where a decision stands: only a draft may change; an issued one is replaced by a later one. */
public enum DecisionStatus {
  DRAFT,
  ISSUED,
  /** Revoked by a later decision of kind {@link DecisionKind#REVOKE}. */
  REVOKED,
  /** Replaced by a later decision of kind {@link DecisionKind#AMEND} that carries the new lines. */
  AMENDED;

  /** True while the awards the decision grants stand. */
  public boolean inForce() {
    return this == ISSUED;
  }
}
