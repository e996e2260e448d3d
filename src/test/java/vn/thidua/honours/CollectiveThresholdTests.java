package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.honours.FakeFacts.aCollective;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectiveThresholdTests {

  final HonourRule excellentCollective =
      RuleFactory.build(
          RuleKind.COLLECTIVE_THRESHOLD,
          Map.of(
              "tasksPercent",
              100,
              "heldHonourCode",
              "LDTT",
              "heldPercent",
              70,
              "holderHonourCode",
              "CSTDCS",
              "minHolders",
              1,
              "noDiscipline",
              true));

  FakeFacts aFactoryOf(long workers, long advanced, long fighters) {
    FakeFacts facts =
        new FakeFacts()
            .holders("LDTT", null, 2024, advanced)
            .holders("CSTDCS", null, 2024, fighters);
    facts.workers = workers;
    return facts;
  }

  @Test
  void passesAnExcellentCollective() {
    List<RuleOutcome> outcomes =
        excellentCollective.check(
            aCollective("TTLDXS", 2024, new CollectiveFacts(100, false)), aFactoryOf(50, 36, 1));

    assertThat(outcomes).hasSize(4).allMatch(RuleOutcome::passed);
  }

  @Test
  void saysEachConditionThatFails() {
    List<RuleOutcome> outcomes =
        excellentCollective.check(
            aCollective("TTLDXS", 2024, new CollectiveFacts(96, true)), aFactoryOf(50, 34, 0));

    assertThat(outcomes)
        .extracting(RuleOutcome::messageKey)
        .containsExactly(
            "honours.rule.tasks.fail",
            "honours.rule.share.fail",
            "honours.rule.holders.fail",
            "honours.rule.discipline.fail");
    assertThat(outcomes.get(1).args()).containsExactly("Lao động tiên tiến", 34L, 50L, 68L, 70);
  }

  @Test
  void failsWhatTheDossierDoesNotDeclare() {
    List<RuleOutcome> outcomes =
        excellentCollective.check(
            aCollective("TTLDXS", 2024, CollectiveFacts.UNDECLARED), aFactoryOf(50, 40, 2));

    assertThat(outcomes)
        .filteredOn(o -> !o.passed())
        .extracting(RuleOutcome::messageKey)
        .containsExactly("honours.rule.tasks.undeclared", "honours.rule.discipline.undeclared");
  }

  @Test
  void cannotCountASharePeopleAreNotRegisteredFor() {
    RuleOutcome share =
        excellentCollective
            .check(
                aCollective("TTLDXS", 2024, new CollectiveFacts(100, false)), aFactoryOf(0, 0, 1))
            .get(1);

    assertThat(share.passed()).isFalse();
    assertThat(share.messageKey()).isEqualTo("honours.rule.share.noWorkers");
  }

  @Test
  void refusesAShareWithoutItsTitle() {
    assertThatThrownBy(
            () -> RuleFactory.build(RuleKind.COLLECTIVE_THRESHOLD, Map.of("heldPercent", 70)))
        .hasFieldOrPropertyWithValue("messageKey", "honours.rule.COLLECTIVE_THRESHOLD.pairs");
  }
}
