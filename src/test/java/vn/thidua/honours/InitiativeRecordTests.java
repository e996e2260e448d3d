package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InitiativeRecordTests {

  final HonourRule creativeLabour =
      RuleFactory.build(
          RuleKind.INITIATIVE_RECORD,
          Map.of(
              "minInitiatives", 1, "level", "PROVINCE", "minBenefitVnd", 500_000_000, "years", 3));

  @Test
  void passesAnInitiativeRecognisedByTheProvince() {
    FakeFacts facts = new FakeFacts();
    facts.initiatives.add(new InitiativeCredit(1, 1, 20_000_000L));
    facts.initiatives.add(new InitiativeCredit(1, 3, 20_000_000L));

    RuleOutcome outcome =
        creativeLabour.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.args()).containsExactly(1L, 3, 20_000_000L, 2022, 2024);
  }

  @Test
  void passesOnTheTotalBenefitOfGrassrootsInitiatives() {
    FakeFacts facts = new FakeFacts();
    facts.initiatives.add(new InitiativeCredit(1, 1, 300_000_000L));
    facts.initiatives.add(new InitiativeCredit(2, 2, 250_000_000L));

    assertThat(
            creativeLabour
                .check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts)
                .get(0)
                .passed())
        .isTrue();
  }

  @Test
  void failsWithTooFewAndTooSmallInitiatives() {
    FakeFacts facts = new FakeFacts();
    facts.initiatives.add(new InitiativeCredit(1, 2, 100_000_000L));
    facts.initiatives.add(new InitiativeCredit(1, 1, 100_000_000L));

    RuleOutcome outcome =
        creativeLabour.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.args()).containsExactly(0L, 3, 100_000_000L, 2022, 2024);
  }

  @Test
  void refusesARuleThatAsksForNothing() {
    assertThatThrownBy(() -> RuleFactory.build(RuleKind.INITIATIVE_RECORD, Map.of("years", 1)))
        .hasFieldOrPropertyWithValue(
            "messageKey", "honours.rule.INITIATIVE_RECORD.nothingRequired");
  }
}
