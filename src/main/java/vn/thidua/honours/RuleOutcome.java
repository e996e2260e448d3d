package vn.thidua.honours;

import java.util.List;

/**
 * Whether a nominee passes one rule, and why: a message key with its arguments, read in the user's
 * language (e.g. "Đạt Lao động tiên tiến 2 năm liên tục (2023–2024)").
 *
 * @param severity what failing the rule does: block the nomination or only warn
 */
public record RuleOutcome(
    RuleKind ruleKind,
    boolean passed,
    String messageKey,
    List<Object> args,
    RuleSeverity severity) {

  public RuleOutcome {
    args = List.copyOf(args);
    severity = severity == null ? RuleSeverity.BLOCK : severity;
  }

  /** An outcome of a blocking rule; {@link #as} gives it its rule row's severity. */
  public RuleOutcome(RuleKind ruleKind, boolean passed, String messageKey, List<Object> args) {
    this(ruleKind, passed, messageKey, args, RuleSeverity.BLOCK);
  }

  RuleOutcome as(RuleSeverity severity) {
    return new RuleOutcome(ruleKind, passed, messageKey, args, severity);
  }

  /** Failed a rule that only warns. */
  public boolean warning() {
    return !passed && severity == RuleSeverity.WARN;
  }

  /** Failed a rule that blocks the nomination. */
  public boolean blocks() {
    return !passed && severity == RuleSeverity.BLOCK;
  }

  static RuleOutcome pass(RuleKind kind, String key, Object... args) {
    return new RuleOutcome(kind, true, key, List.of(args));
  }

  static RuleOutcome fail(RuleKind kind, String key, Object... args) {
    return new RuleOutcome(kind, false, key, List.of(args));
  }

  /** The arguments for a message source. */
  public Object[] argArray() {
    return args.toArray();
  }
}
