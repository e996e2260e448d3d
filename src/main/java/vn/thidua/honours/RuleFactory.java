package vn.thidua.honours;

import java.util.Map;

/**
 * Builds the policy of a rule row from its kind and parameters, refusing parameters that do not
 * fit.
 */
final class RuleFactory {

  private RuleFactory() {}

  static HonourRule build(RuleKind kind, Map<String, ?> rawParams) {
    RuleParams p = RuleParams.of(kind, rawParams);
    return switch (kind) {
      case CONSECUTIVE_YEARS -> ConsecutiveYears.of(p);
      case HELD_AT_GRADE_BELOW -> HeldAtGradeBelow.of(p);
      case INITIATIVE_RECORD -> InitiativeRecord.of(p);
      case SHARE_CAP -> ShareCap.of(p);
      case COLLECTIVE_THRESHOLD -> CollectiveThreshold.of(p);
      case QUOTA -> Quota.of(p);
      case ONE_ACHIEVEMENT_ONE_AWARD -> new OneAchievementOneAward();
      case COMPREHENSIVE_OR_THEMATIC -> new ComprehensiveOrThematic();
      case MINIMUM_EMPLOYMENT -> MinimumEmployment.of(p);
    };
  }
}
