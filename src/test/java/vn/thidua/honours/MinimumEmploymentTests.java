package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinimumEmploymentTests {

  final HonourRule tenMonths = RuleFactory.build(RuleKind.MINIMUM_EMPLOYMENT, Map.of("months", 10));

  @Test
  void passesAWorkerHiredOnTheFirstOfMarch() {
    FakeFacts facts = new FakeFacts();
    facts.startedOn = LocalDate.of(2024, 3, 1);

    RuleOutcome outcome =
        tenMonths.check(aPerson("LDTT", 1, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.args()).startsWith(10L, 10, 2024);
  }

  @Test
  void failsAWorkerHiredOnTheSecondOfMarch() {
    FakeFacts facts = new FakeFacts();
    facts.startedOn = LocalDate.of(2024, 3, 2);

    RuleOutcome outcome =
        tenMonths.check(aPerson("LDTT", 1, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.args()).containsExactly(9L, 10, 2024, "02/03/2024");
  }

  @Test
  void countsNothingForAWorkerHiredAfterTheYear() {
    assertThat(MinimumEmployment.monthsWorked(LocalDate.of(2025, 1, 1), 2024)).isZero();
    assertThat(MinimumEmployment.monthsWorked(LocalDate.of(2010, 6, 15), 2024)).isEqualTo(174);
  }

  @Test
  void doesNotApplyToACollective() {
    RuleOutcome outcome =
        tenMonths
            .check(
                FakeFacts.aCollective("TTLDXS", 2024, CollectiveFacts.UNDECLARED), new FakeFacts())
            .get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.notForCollectives");
  }
}
