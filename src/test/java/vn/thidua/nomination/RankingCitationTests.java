package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.FinalRanking;

class RankingCitationTests {

  private static final FinalRanking RANKING =
      new FinalRanking(
          1,
          "Lao động giỏi 2023",
          7,
          2,
          LocalDate.of(2023, 12, 31),
          false,
          List.of(
              unit(10, 5L, 1, 9L, 2, "96.50", 1),
              unit(11, 5L, 2, 9L, 1, "97.25", 2),
              unit(12, 6L, 1, 9L, 3, "1234.5", 3)));

  @Test
  void citesThePlaceInTheClusterOutOfItsUnitsWithTheScoreInVietnameseNotation() {
    assertThat(RankingCitation.of(RANKING, RANKING.units().get(0), RankingProposal.Per.CLUSTER))
        .isEqualTo(
            "Xếp thứ 1/2 cụm Cụm 5, điểm 96,5 – phong trào “Lao động giỏi 2023”, đợt 2"
                + " (kết thúc 31/12/2023)");
  }

  @Test
  void citesThePlaceInTheSector() {
    assertThat(RankingCitation.of(RANKING, RANKING.units().get(1), RankingProposal.Per.SECTOR))
        .startsWith("Xếp thứ 1/3 khối Khối 9, điểm 97,25 –");
  }

  @Test
  void groupsThousandsWithDots() {
    assertThat(RankingCitation.score(new BigDecimal("1234.50"))).isEqualTo("1.234,5");
  }

  private static FinalRanking.RankedUnit unit(
      long id, Long cluster, int clusterRank, Long sector, int sectorRank, String score, int all) {
    return new FinalRanking.RankedUnit(
        id,
        "Đơn vị " + id,
        cluster,
        "Cụm " + cluster,
        clusterRank,
        sector,
        "Khối " + sector,
        sectorRank,
        new BigDecimal(score),
        all,
        0);
  }
}
