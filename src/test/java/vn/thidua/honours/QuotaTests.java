package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.honours.FakeFacts.aPerson;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuotaTests {

  @Test
  void takesAtMostFourProposalsOfAProvinceForAThematicNationalCertificate() {
    HonourRule fourPerTheme = RuleFactory.build(RuleKind.QUOTA, Map.of("per", "THEME", "max", 4));
    Rounds threeAlready = new Rounds(0, 3, 0, Set.of(), Set.of());
    Rounds fourAlready = new Rounds(0, 4, 0, Set.of(), Set.of());

    RuleOutcome fourth =
        fourPerTheme.check(aPerson("BK_TLD_GVNDVN", 1, 2024, threeAlready), new FakeFacts()).get(0);
    RuleOutcome fifth =
        fourPerTheme.check(aPerson("BK_TLD_GVNDVN", 1, 2024, fourAlready), new FakeFacts()).get(0);

    assertThat(fourth.passed()).isTrue();
    assertThat(fourth.args()).containsExactly(4L, 4);
    assertThat(fifth.passed()).isFalse();
    assertThat(fifth.messageKey()).isEqualTo("honours.rule.QUOTA.THEME.fail");
  }

  @Test
  void aThemeQuotaDoesNotApplyToAnAllRoundAward() {
    HonourRule fourPerTheme = RuleFactory.build(RuleKind.QUOTA, Map.of("per", "THEME", "max", 4));

    RuleOutcome outcome =
        fourPerTheme
            .check(
                aPerson("BK_TLD", 1, 2024, new Rounds(0, 9, 0, Set.of(), Set.of())),
                new FakeFacts())
            .get(0);

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.messageKey()).isEqualTo("honours.rule.QUOTA.noTheme");
  }

  @Test
  void countsThreeGoodWorkersPerDistrictForTheCity() {
    HonourRule threePerUnit =
        RuleFactory.build(RuleKind.QUOTA, Map.of("per", "PROPOSING_UNIT", "max", 3));

    assertThat(
            threePerUnit
                .check(aPerson("CNG", 3, 2024, Rounds.withProposals(2)), new FakeFacts())
                .get(0)
                .passed())
        .isTrue();
    assertThat(
            threePerUnit
                .check(aPerson("CNG", 3, 2024, Rounds.withProposals(3)), new FakeFacts())
                .get(0)
                .passed())
        .isFalse();
  }

  @Test
  void countsWhatTheLevelAlreadyGrantedThisYear() {
    HonourRule thirtyAtTheDistrict =
        RuleFactory.build(RuleKind.QUOTA, Map.of("per", "LEVEL", "max", 30));
    FakeFacts facts = new FakeFacts();
    facts.granted.put("CNG/2/2024", 25L);

    assertThat(
            thirtyAtTheDistrict
                .check(aPerson("CNG", 2, 2024, new Rounds(0, 0, 4, Set.of(), Set.of())), facts)
                .get(0)
                .args())
        .containsExactly(30L, 30);
    assertThat(
            thirtyAtTheDistrict
                .check(aPerson("CNG", 2, 2024, new Rounds(0, 0, 5, Set.of(), Set.of())), facts)
                .get(0)
                .passed())
        .isFalse();
  }

  @Test
  void refusesAnUnknownWayOfCounting() {
    assertThatThrownBy(() -> RuleFactory.build(RuleKind.QUOTA, Map.of("per", "SECTOR", "max", 3)))
        .hasFieldOrPropertyWithValue("messageKey", "honours.rule.param.choice");
  }
}
