package vn.thidua.honours;

/** What failing a rule does to a nomination. */
public enum RuleSeverity {
  /** The nomination cannot be submitted while the nominee fails the rule. */
  BLOCK,
  /** The nomination may be submitted; the failure is shown as a warning ("Cảnh báo"). */
  WARN
}
