package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsecutiveYearsTests {

  final HonourRule twoYearsOfAdvancedWorker =
      RuleFactory.build(RuleKind.CONSECUTIVE_YEARS, Map.of("honourCode", "LDTT", "years", 2));

  @Test
  void passesAWorkerAdvancedIn2023And2024() {
    FakeFacts facts = new FakeFacts().holds("LDTT", 1, 2023).holds("LDTT", 1, 2024);

    List<RuleOutcome> outcomes =
        twoYearsOfAdvancedWorker.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts);

    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.passed()).isTrue();
              assertThat(o.args()).containsExactly("Lao động tiên tiến", 2, 2023, 2024);
            });
  }

  @Test
  void failsAndNamesTheMissingYearWhenTheRunBreaks() {
    FakeFacts facts = new FakeFacts().holds("LDTT", 1, 2022).holds("LDTT", 1, 2024);

    RuleOutcome outcome =
        twoYearsOfAdvancedWorker.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.CONSECUTIVE_YEARS.fail");
    assertThat(outcome.args()).last().isEqualTo("2023");
  }

  @Test
  void doesNotCountARevokedTitle() {
    FakeFacts facts = new FakeFacts().holds("LDTT", 1, 2023).holds("LDTT", 1, 2024);
    HonourHeld revoked = facts.held.get(1);
    facts.held.set(
        1,
        new HonourHeld(
            revoked.id(),
            revoked.honourCode(),
            revoked.grade(),
            revoked.honourName(),
            revoked.recipient(),
            revoked.personId(),
            revoked.unitId(),
            revoked.year(),
            revoked.grantingUnitId(),
            77L,
            true));

    assertThat(
            twoYearsOfAdvancedWorker
                .check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts)
                .get(0)
                .passed())
        .isFalse();
  }

  @Test
  void endsTheRunYearsBeforeTheNominationYearWhenAsked() {
    HonourRule endingLastYear =
        RuleFactory.build(
            RuleKind.CONSECUTIVE_YEARS, Map.of("honourCode", "LDTT", "years", 2, "yearsBefore", 1));
    FakeFacts facts = new FakeFacts().holds("LDTT", 1, 2022).holds("LDTT", 1, 2023);

    assertThat(
            endingLastYear
                .check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts)
                .get(0)
                .passed())
        .isTrue();
    assertThat(endingLastYear.describe((code, grade) -> "Lao động tiên tiến").messageKey())
        .isEqualTo("honours.rule.CONSECUTIVE_YEARS.textBefore");
  }

  @Test
  void readsAsASentence() {
    RuleText text = twoYearsOfAdvancedWorker.describe((code, grade) -> "Lao động tiên tiến");

    assertThat(text.messageKey()).isEqualTo("honours.rule.CONSECUTIVE_YEARS.text");
    assertThat(text.args()).containsExactly("Lao động tiên tiến", 2);
  }
}
