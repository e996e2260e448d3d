package vn.thidua.honours;

import java.util.List;
import java.util.TreeSet;

/** One achievement earns one award: none of the cited achievements may be cited elsewhere. */
record OneAchievementOneAward() implements HonourRule {

  @Override
  public RuleKind kind() {
    return RuleKind.ONE_ACHIEVEMENT_ONE_AWARD;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    TreeSet<String> twice = new TreeSet<>(candidate.nominee().achievementIds());
    twice.retainAll(candidate.round().achievementsCitedElsewhere());
    if (twice.isEmpty()) {
      return List.of(
          RuleOutcome.pass(
              kind(),
              "honours.rule.ONE_ACHIEVEMENT_ONE_AWARD.pass",
              candidate.nominee().achievementIds().size()));
    }
    return List.of(
        RuleOutcome.fail(
            kind(), "honours.rule.ONE_ACHIEVEMENT_ONE_AWARD.fail", String.join(", ", twice)));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of("honours.rule.ONE_ACHIEVEMENT_ONE_AWARD.text");
  }
}
