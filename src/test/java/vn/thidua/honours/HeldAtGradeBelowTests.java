package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldAtGradeBelowTests {

  final HonourRule gradeBelow = RuleFactory.build(RuleKind.HELD_AT_GRADE_BELOW, Map.of());

  @Test
  void choosesTheCitysGoodWorkersOnlyAmongTheDistrictsOfTheSameYear() {
    FakeFacts facts = new FakeFacts().holds("CNG", 2, 2024, FakeFacts.DISTRICT, 5L);

    RuleOutcome outcome =
        gradeBelow.check(aPerson("CNG", 3, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.args()).containsExactly("Công nhân giỏi cấp quận", 2024);
  }

  @Test
  void refusesAGoodWorkerHonouredBelowOnlyInAnotherYear() {
    FakeFacts facts = new FakeFacts().holds("CNG", 2, 2023, FakeFacts.DISTRICT, 5L);

    RuleOutcome outcome =
        gradeBelow.check(aPerson("CNG", 3, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.HELD_AT_GRADE_BELOW.fail");
  }

  @Test
  void needsNothingBelowTheFirstGrade() {
    RuleOutcome outcome =
        gradeBelow.check(aPerson("CNG", 1, 2024, RoundContext.NONE), new FakeFacts()).get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.HELD_AT_GRADE_BELOW.lowest");
  }

  @Test
  void choosesEmulationFightersAmongAdvancedWorkers() {
    HonourRule amongAdvanced =
        RuleFactory.build(RuleKind.HELD_AT_GRADE_BELOW, Map.of("honourCode", "LDTT", "grade", 1));

    assertThat(
            amongAdvanced
                .check(
                    aPerson("CSTDCS", 1, 2024, RoundContext.NONE),
                    new FakeFacts().holds("LDTT", 1, 2024))
                .get(0)
                .passed())
        .isTrue();
    assertThat(
            amongAdvanced
                .check(aPerson("CSTDCS", 1, 2024, RoundContext.NONE), new FakeFacts())
                .get(0)
                .passed())
        .isFalse();
  }
}
