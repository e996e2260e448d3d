package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTextTests {

  @Test
  void readsAmountsAsPeopleTypeThem() {
    assertThat(MoneyText.parseVnd("15.000.000")).isEqualTo(15_000_000L);
    assertThat(MoneyText.parseVnd("15 000 000 đ")).isEqualTo(15_000_000L);
    assertThat(MoneyText.parseVnd("2,500,000 VNĐ")).isEqualTo(2_500_000L);
    assertThat(MoneyText.parseVnd("120000000")).isEqualTo(120_000_000L);
    assertThat(MoneyText.parseVnd("  ")).isNull();
  }

  @Test
  void refusesWhatIsNotAnAmountOfDong() {
    assertThatThrownBy(() -> MoneyText.parseVnd("khoảng 15 triệu"))
        .extracting("messageKey", "args")
        .containsExactly("initiative.benefit.notNumber", new Object[] {"khoảng 15 triệu"});
    assertThatThrownBy(() -> MoneyText.parseVnd("15.5"))
        .extracting("messageKey")
        .isEqualTo("initiative.benefit.notNumber");
    assertThatThrownBy(() -> MoneyText.parseVnd("-3000"))
        .extracting("messageKey")
        .isEqualTo("initiative.benefit.notNumber");
  }
}
