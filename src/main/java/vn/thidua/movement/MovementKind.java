package vn.thidua.movement;

/** How a movement runs: all year round, on one theme, or as a short campaign. */
public enum MovementKind {
  /** Thi đua thường xuyên. */
  REGULAR,
  /** Thi đua chuyên đề. */
  THEMATIC,
  /** Thi đua theo đợt. */
  CAMPAIGN
}
