package vn.thidua.nomination;

import java.util.List;

/**
 * The eligibility rules checked for a nominee, each passed or failed with its reason.
 *
 * @param rule the rule's name, e.g. "onlyThoseHonouredAtTheLevelBelow"
 * @param messageKey the reason a reader sees, resolved with {@code args}
 */
public record RuleResult(String rule, boolean passed, String messageKey, List<Object> args) {

  public RuleResult {
    args = List.copyOf(args);
  }

  /** Whether every rule of the list passed. */
  public static boolean allPass(List<RuleResult> results) {
    return results.stream().allMatch(RuleResult::passed);
  }
}
