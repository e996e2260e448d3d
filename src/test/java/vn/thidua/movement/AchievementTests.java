package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AchievementTests {

  private static Achievement higher(String target, String value) {
    return new Achievement(
        Measure.NUMERIC,
        Direction.HIGHER,
        new BigDecimal(target),
        value == null ? null : new BigDecimal(value));
  }

  private static Achievement lower(String target, String value) {
    return new Achievement(
        Measure.NUMERIC,
        Direction.LOWER,
        new BigDecimal(target),
        value == null ? null : new BigDecimal(value));
  }

  @Test
  void showsTheShareOfTheTargetUncappedButCapsTheRatio() {
    Achievement overshoot = higher("1500", "7929");

    assertThat(overshoot.percentOfTarget()).isEqualByComparingTo("528.6");
    assertThat(overshoot.ratio()).isEqualByComparingTo("1");
    assertThat(overshoot.met()).isTrue();
  }

  @Test
  void aShortfallCountsInProportion() {
    Achievement shortfall = higher("8", "6");

    assertThat(shortfall.percentOfTarget()).isEqualByComparingTo("75.0");
    assertThat(shortfall.ratio()).isEqualByComparingTo("0.75");
    assertThat(shortfall.met()).isFalse();
  }

  @Test
  void lessIsBetterIsMetAtOrBelowTheTarget() {
    assertThat(lower("2", "1").ratio()).isEqualByComparingTo("1");
    assertThat(lower("2", "2").met()).isTrue();
    assertThat(lower("2", "4").ratio()).isEqualByComparingTo("0.5");
    assertThat(lower("0", "0").ratio()).isEqualByComparingTo("1");
    assertThat(lower("0", "1").ratio()).isEqualByComparingTo("0");
  }

  @Test
  void yesCountsFullyAndNoNotAtAll() {
    Achievement yes = new Achievement(Measure.YES_NO, Direction.HIGHER, null, BigDecimal.ONE);
    Achievement no = new Achievement(Measure.YES_NO, Direction.HIGHER, null, BigDecimal.ZERO);

    assertThat(yes.ratio()).isEqualByComparingTo("1");
    assertThat(no.ratio()).isEqualByComparingTo("0");
    assertThat(yes.percentOfTarget()).isNull();
  }

  @Test
  void aMissingReportCountsZero() {
    Achievement missing = higher("10", null);

    assertThat(missing.reported()).isFalse();
    assertThat(missing.ratio()).isEqualByComparingTo("0");
    assertThat(missing.met()).isFalse();
    assertThat(missing.percentOfTarget()).isNull();
  }
}
