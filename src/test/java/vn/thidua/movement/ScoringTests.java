package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

  private static final MovementView.CriterionView INITIATIVES =
      new MovementView.CriterionView(
          1,
          1,
          "Sáng kiến",
          "sáng kiến",
          Measure.NUMERIC,
          Direction.HIGHER,
          BigDecimal.valueOf(10),
          BigDecimal.valueOf(50));
  private static final MovementView.CriterionView ACCIDENTS =
      new MovementView.CriterionView(
          2,
          2,
          "Tai nạn lao động",
          "vụ",
          Measure.NUMERIC,
          Direction.LOWER,
          BigDecimal.ONE,
          BigDecimal.valueOf(30));
  private static final MovementView.CriterionView AGREEMENT =
      new MovementView.CriterionView(
          3, 3, "Thỏa ước", null, Measure.YES_NO, Direction.HIGHER, null, BigDecimal.valueOf(20));
  private static final List<MovementView.CriterionView> CRITERIA =
      List.of(INITIATIVES, ACCIDENTS, AGREEMENT);

  private static Map<Long, BigDecimal> values(String initiatives, String accidents, String yes) {
    Map<Long, BigDecimal> values = new HashMap<>();
    if (initiatives != null) {
      values.put(1L, new BigDecimal(initiatives));
    }
    if (accidents != null) {
      values.put(2L, new BigDecimal(accidents));
    }
    if (yes != null) {
      values.put(3L, new BigDecimal(yes));
    }
    return values;
  }

  @Test
  void weighsTheAchievementOfEachCriterion() {
    Scoring.Score score = Scoring.score(CRITERIA, Map.of(), values("8", "0", "1"));

    assertThat(score.points())
        .containsExactly(new BigDecimal("40.00"), new BigDecimal("30.00"), new BigDecimal("20.00"));
    assertThat(score.total()).isEqualByComparingTo("90.00");
    assertThat(score.missing()).isZero();
  }

  @Test
  void capsAnOvershootSoItCannotMakeUpForAnotherCriterion() {
    Scoring.Score score = Scoring.score(CRITERIA, Map.of(), values("45", "1", "0"));

    assertThat(score.points().get(0)).isEqualByComparingTo("50");
    assertThat(score.total()).isEqualByComparingTo("80.00");
  }

  @Test
  void lessIsBetterLosesInProportionAboveTheTarget() {
    Scoring.Score score = Scoring.score(CRITERIA, Map.of(), values("10", "3", "1"));

    assertThat(score.points().get(1)).isEqualByComparingTo("10.00");
    assertThat(score.total()).isEqualByComparingTo("80.00");
  }

  @Test
  void aMissingReportEarnsNothingAndIsCounted() {
    Scoring.Score score = Scoring.score(CRITERIA, Map.of(), values("10", null, null));

    assertThat(score.total()).isEqualByComparingTo("50.00");
    assertThat(score.missing()).isEqualTo(2);
  }

  @Test
  void measuresAgainstThePledgedTargetWhenThereIsOne() {
    Scoring.Score score =
        Scoring.score(CRITERIA, Map.of(1L, BigDecimal.valueOf(16)), values("8", "0", "1"));

    assertThat(score.points().get(0)).isEqualByComparingTo("25.00");
  }

  @Test
  void roundsToTwoDecimals() {
    Scoring.Score score = Scoring.score(CRITERIA, Map.of(), values("1", "3", "0"));

    assertThat(score.points())
        .containsExactly(new BigDecimal("5.00"), new BigDecimal("10.00"), new BigDecimal("0.00"));
    Scoring.Score third =
        Scoring.score(
            List.of(INITIATIVES), Map.of(1L, BigDecimal.valueOf(3)), values("1", null, null));
    assertThat(third.total()).isEqualByComparingTo("16.67");
  }

  @Test
  void anAdjustmentIsAddedButTheScoreNeverGoesBelowZero() {
    assertThat(Scoring.adjusted(new BigDecimal("80.00"), new BigDecimal("2.5")))
        .isEqualByComparingTo("82.50");
    assertThat(Scoring.adjusted(new BigDecimal("3.00"), new BigDecimal("-5")))
        .isEqualByComparingTo("0");
    assertThat(Scoring.adjusted(new BigDecimal("3.00"), null)).isEqualByComparingTo("3");
  }
}
