package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.number.Percent;

class PercentTests {

  @Test
  void roundsToOneDecimalHalfUp() {
    assertThat(Percent.of(9_367, 9_815)).hasToString("95.4");
    assertThat(Percent.of(130_569, 60_000)).hasToString("217.6");
    assertThat(Percent.of(7_929, 1_500)).hasToString("528.6");
    assertThat(Percent.of(1, 8)).hasToString("12.5");
  }

  @Test
  void hasNoShareOfNothing() {
    assertThat(Percent.of(5, 0)).isNull();
  }

  @Test
  void takesDecimalAmountsAlike() {
    assertThat(Percent.of(new BigDecimal("12.5"), new BigDecimal("40"))).hasToString("31.3");
    assertThat(Percent.of(new BigDecimal("7929"), new BigDecimal("1500.00"))).hasToString("528.6");
    assertThat(Percent.of(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
  }
}
