package vn.thidua.honours;

import java.util.List;

/**
 * The kinds of eligibility and quota rules, each interpreted by its own policy class, with the
 * parameters a rule row of that kind may carry.
 */
public enum RuleKind {
  /**
   * Holds a title in N consecutive years: honourCode, grade (any when absent), years, yearsBefore.
   */
  CONSECUTIVE_YEARS(
      List.of(
          RuleParam.honour("honourCode", true),
          RuleParam.whole("grade", false, 1, 9),
          RuleParam.whole("years", true, 1, 20),
          RuleParam.whole("yearsBefore", false, 0, 5))),
  /** Holds the grade below (or the named honour) in the same year: honourCode, grade. */
  HELD_AT_GRADE_BELOW(
      List.of(RuleParam.honour("honourCode", false), RuleParam.whole("grade", false, 1, 9))),
  /** K initiatives recognised at level L or more, or a benefit of V VND, over N years. */
  INITIATIVE_RECORD(
      List.of(
          RuleParam.whole("minInitiatives", false, 1, 1000),
          RuleParam.level("level", false),
          RuleParam.whole("minBenefitVnd", false, 1, Long.MAX_VALUE),
          RuleParam.whole("years", true, 1, 20))),
  /** At most a share of the unit's holders of another title: percent, ofHonourCode. */
  SHARE_CAP(
      List.of(RuleParam.whole("percent", true, 1, 100), RuleParam.honour("ofHonourCode", true))),
  /** What a collective must show: tasks completed, a share and a number of holders, discipline. */
  COLLECTIVE_THRESHOLD(
      List.of(
          RuleParam.whole("tasksPercent", false, 1, 100),
          RuleParam.honour("heldHonourCode", false),
          RuleParam.whole("heldPercent", false, 1, 100),
          RuleParam.honour("holderHonourCode", false),
          RuleParam.whole("minHolders", false, 1, 1000),
          RuleParam.flag("noDiscipline"))),
  /** At most N nominations per proposing unit, per theme (per proposing unit) or per level. */
  QUOTA(
      List.of(
          RuleParam.choice("per", true, QuotaScope.class),
          RuleParam.whole("max", true, 0, 100000))),
  /** An achievement cited by another nomination cannot earn a second award. */
  ONE_ACHIEVEMENT_ONE_AWARD(List.of()),
  /** A level does not give both an all-round and a thematic award to one nominee in a year. */
  COMPREHENSIVE_OR_THEMATIC(List.of()),
  /** A person has worked at least N months by the end of the year: months. */
  MINIMUM_EMPLOYMENT(List.of(RuleParam.whole("months", true, 1, 600)));

  private final List<RuleParam> params;

  RuleKind(List<RuleParam> params) {
    this.params = params;
  }

  public List<RuleParam> params() {
    return params;
  }

  /** What a quota counts. */
  public enum QuotaScope {
    PROPOSING_UNIT,
    THEME,
    LEVEL
  }
}
