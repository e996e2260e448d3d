package vn.thidua.honours;

import java.util.List;

/**
 * Whether a nominee passes one rule, and why: a message key with its arguments, read in the user's
 * language (e.g. "Đạt Lao động tiên tiến 2 năm liên tục (2023–2024)").
 */
public record RuleOutcome(RuleKind ruleKind, boolean passed, String messageKey, List<Object> args) {

  public RuleOutcome {
    args = List.copyOf(args);
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
