package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareCapTests {

  final HonourRule fifteenPercentOfAdvanced =
      RuleFactory.build(RuleKind.SHARE_CAP, Map.of("percent", 15, "ofHonourCode", "LDTT"));

  @Test
  void allowsSixFightersFor40AdvancedWorkers() {
    FakeFacts facts = new FakeFacts().holders("LDTT", null, 2024, 40).holders("CSTDCS", 1, 2024, 2);

    RuleOutcome outcome =
        fifteenPercentOfAdvanced
            .check(aPerson("CSTDCS", 1, 2024, Rounds.withProposals(3)), facts)
            .get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.args()).containsExactly(15, "Lao động tiên tiến", 40L, 6L, 6L);
  }

  @Test
  void refusesTheSeventh() {
    FakeFacts facts = new FakeFacts().holders("LDTT", null, 2024, 40).holders("CSTDCS", 1, 2024, 2);

    RuleOutcome outcome =
        fifteenPercentOfAdvanced
            .check(aPerson("CSTDCS", 1, 2024, Rounds.withProposals(4)), facts)
            .get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.SHARE_CAP.fail");
  }

  @Test
  void roundsTheCapDown() {
    assertThat(ShareCap.cap(10, 15)).isEqualTo(1);
    assertThat(ShareCap.cap(6, 15)).isZero();
    assertThat(ShareCap.cap(20, 15)).isEqualTo(3);
  }
}
