package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.text.SearchText;

class SearchTextTests {

  @Test
  void foldsVietnameseDiacriticsAndCase() {
    assertThat(SearchText.fold("Công nhân giỏi")).isEqualTo("cong nhan gioi");
    assertThat(SearchText.fold("  ĐOÀN   viên Ưu tú ")).isEqualTo("doan vien uu tu");
    assertThat(SearchText.fold("Nguyễn Thị Ơn")).isEqualTo("nguyen thi on");
  }

  @Test
  void escapesLikeWildcardsInQueries() {
    assertThat(SearchText.containsPattern("50%_x")).isEqualTo("%50\\%\\_x%");
  }
}
