package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

  static Standing unit(long id, String name, Integer target, long recognised) {
    return Standing.of(id, name, target, recognised, 0, 0);
  }

  @Test
  void reachesTheTargetAsAOneDecimalPercentage() {
    assertThat(unit(1, "Hà Nội", 60_000, 130_569).percent()).hasToString("217.6");
    assertThat(unit(2, "Bắc Từ Liêm", 1_500, 7_929).percent()).hasToString("528.6");
    assertThat(unit(3, "Phường", 3, 1).percent()).hasToString("33.3");
    assertThat(unit(4, "Không chỉ tiêu", null, 12).percent()).isNull();
  }

  @Test
  void ranksByTheShareOfTheTargetThenByCount() {
    List<Standing> ranked =
        Ranking.of(
            List.of(
                unit(1, "A", 100, 150),
                unit(2, "B", 200, 200),
                unit(3, "C", 10, 20),
                unit(4, "D", 50, 50)));

    assertThat(ranked)
        .extracting(Standing::unitName, Standing::rank)
        .containsExactly(tuple("C", 1), tuple("A", 2), tuple("B", 3), tuple("D", 4));
  }

  @Test
  void letsUnitsLevelOnBothShareAPlaceAndSkipsTheNext() {
    List<Standing> ranked =
        Ranking.of(
            List.of(
                unit(1, "Phường Đông Ngạc", 100, 120),
                unit(2, "Phường Xuân Đỉnh", 100, 120),
                unit(3, "Phường Cổ Nhuế", 50, 60),
                unit(4, "Phường Tây Tựu", 100, 90)));

    assertThat(ranked)
        .extracting(Standing::unitName, Standing::rank)
        .containsExactly(
            tuple("Phường Đông Ngạc", 1),
            tuple("Phường Xuân Đỉnh", 1),
            tuple("Phường Cổ Nhuế", 3),
            tuple("Phường Tây Tựu", 4));
  }

  @Test
  void putsUnitsWithoutATargetAfterThoseWithOneAndRanksThemByCount() {
    List<Standing> ranked =
        Ranking.of(
            List.of(
                unit(1, "Khối doanh nghiệp", null, 40),
                unit(2, "Có chỉ tiêu", 1000, 1),
                unit(3, "Khối trường học", null, 40),
                unit(4, "Khối hành chính", null, 70)));

    assertThat(ranked)
        .extracting(Standing::unitName, Standing::rank)
        .containsExactly(
            tuple("Có chỉ tiêu", 1),
            tuple("Khối hành chính", 2),
            tuple("Khối doanh nghiệp", 3),
            tuple("Khối trường học", 3));
  }
}
