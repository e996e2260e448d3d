package vn.thidua.shared.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberTextTests {

  @Test
  void writesThousandsWithDotsAndDecimalsWithACommaAsVietnameseReadersDo() {
    assertThat(NumberText.of(9815)).isEqualTo("9.815");
    assertThat(NumberText.of(1234567L)).isEqualTo("1.234.567");
    assertThat(NumberText.of(-42L)).isEqualTo("-42");
    assertThat(NumberText.of(new BigDecimal("95.4"))).isEqualTo("95,4");
    assertThat(NumberText.share(new BigDecimal("95.4"))).isEqualTo("95,4 %");
    assertThat(NumberText.share(new BigDecimal("-0.25"))).isEqualTo("-0,3 %");
  }

  @Test
  void writesADashForAFigureThatHasNoValue() {
    assertThat(NumberText.of(null)).isEqualTo("–");
    assertThat(NumberText.share(null)).isEqualTo("–");
  }
}
