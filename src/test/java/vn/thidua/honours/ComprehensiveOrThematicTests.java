package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComprehensiveOrThematicTests {

  final HonourRule notBoth = RuleFactory.build(RuleKind.COMPREHENSIVE_OR_THEMATIC, Map.of());

  @Test
  void refusesAThematicCertificateWhenTheSameLevelProposesAnAllRoundOne() {
    Rounds allRoundProposed = new Rounds(0, 0, 0, Set.of("BK_TLD"), Set.of());

    RuleOutcome outcome =
        notBoth.check(aPerson("BK_TLD_GVNDVN", 1, 2024, allRoundProposed), new FakeFacts()).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.args()).containsExactly("Bằng khen của Tổng Liên đoàn", 2024);
  }

  @Test
  void refusesWhenTheDecidingUnitAlreadyGaveTheOtherScopeThisYear() {
    FakeFacts facts = new FakeFacts().holds("BK_TLD_GVNDVN", 1, 2024, FakeFacts.DISTRICT, 3L);

    assertThat(notBoth.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts).get(0).passed())
        .isFalse();
  }

  @Test
  void allowsAnAwardOfTheOtherScopeFromAnotherLevel() {
    FakeFacts facts = new FakeFacts().holds("BK_TLD_GVNDVN", 1, 2024, 999L, 3L);

    assertThat(notBoth.check(aPerson("BK_TLD", 1, 2024, RoundContext.NONE), facts).get(0).passed())
        .isTrue();
  }

  @Test
  void doesNotApplyToTitles() {
    Rounds thematicProposed = new Rounds(0, 0, 0, Set.of("BK_TLD_GVNDVN"), Set.of());

    RuleOutcome outcome =
        notBoth.check(aPerson("LDTT", 1, 2024, thematicProposed), new FakeFacts()).get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.COMPREHENSIVE_OR_THEMATIC.title");
  }
}
