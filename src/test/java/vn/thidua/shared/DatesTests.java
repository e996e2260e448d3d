package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.time.Dates;

class DatesTests {

  @Test
  void readsVietnameseAndIsoDates() {
    assertThat(Dates.parse("30/09/2020")).contains(LocalDate.of(2020, 9, 30));
    assertThat(Dates.parse("2025-07-01")).contains(LocalDate.of(2025, 7, 1));
    assertThat(Dates.parse("1/7/2025")).contains(LocalDate.of(2025, 7, 1));
    assertThat(Dates.format(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertThat(Dates.parse("31/02/2025")).isEmpty();
    assertThat(Dates.parse("2025-02-30")).isEmpty();
    assertThat(Dates.parse("hôm qua")).isEmpty();
  }
}
