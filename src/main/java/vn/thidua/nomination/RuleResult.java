package vn.thidua.nomination;

import java.util.List;

/**
 * The eligibility rules checked for a nominee, each passed or failed with its reason.
 *
 * @param rule the rule's name, e.g. "onlyThoseHonouredAtTheLevelBelow"
 * @param messageKey the reason a reader sees, resolved with {@code args}
 * @param warning the rule only warns: failing it does not stop the nomination being submitted
 */
public record RuleResult(
    String rule, boolean passed, String messageKey, List<Object> args, boolean warning) {

  public RuleResult {
    args = List.copyOf(args);
  }

  /** The result of a rule that blocks the nomination when failed. */
  public RuleResult(String rule, boolean passed, String messageKey, List<Object> args) {
    this(rule, passed, messageKey, args, false);
  }

  /** Failed, and failing it blocks submitting the nomination. */
  public boolean blocks() {
    return !passed && !warning;
  }

  /** Failed a rule that only warns. */
  public boolean warns() {
    return !passed && warning;
  }

  /** Whether every rule of the list passed. */
  public static boolean allPass(List<RuleResult> results) {
    return results.stream().allMatch(RuleResult::passed);
  }

  /** Whether no rule of the list blocks: every rule passed or only warns. */
  public static boolean noneBlocks(List<RuleResult> results) {
    return results.stream().noneMatch(RuleResult::blocks);
  }
}
