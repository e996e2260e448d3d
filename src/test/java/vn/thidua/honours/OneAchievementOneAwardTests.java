package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneAchievementOneAwardTests {

  final HonourRule oneAward = RuleFactory.build(RuleKind.ONE_ACHIEVEMENT_ONE_AWARD, Map.of());

  Candidate citing(Set<String> cited, Set<String> elsewhere) {
    return FakeFacts.candidate(
        "BK_TLD",
        1,
        FakeFacts.PERSON,
        null,
        2024,
        CollectiveFacts.UNDECLARED,
        cited,
        new Rounds(0, 0, 0, Set.of(), elsewhere));
  }

  @Test
  void refusesAnInitiativeAnotherNominationAlreadyCites() {
    RuleOutcome outcome =
        oneAward
            .check(
                citing(
                    Set.of("initiative:12", "prize:3:1"), Set.of("initiative:12", "initiative:9")),
                new FakeFacts())
            .get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.args()).containsExactly("initiative:12");
  }

  @Test
  void passesAchievementsCitedNowhereElse() {
    RuleOutcome outcome =
        oneAward
            .check(citing(Set.of("initiative:12"), Set.of("initiative:9")), new FakeFacts())
            .get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.args()).containsExactly(1);
  }
}
