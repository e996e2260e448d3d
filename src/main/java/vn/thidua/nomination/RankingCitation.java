package vn.thidua.nomination;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Objects;
import vn.thidua.movement.FinalRanking;
import vn.thidua.shared.time.Dates;

/**
 * The ranking a flag nomination cites in its dossier, as the dossier is written (in Vietnamese):
 * "Xếp thứ 1/5 cụm Cụm thi đua số 1, điểm 96,5 – phong trào “…”, đợt 2 (kết thúc 30/06/2023)".
 */
final class RankingCitation {

  private RankingCitation() {}

  static String of(FinalRanking ranking, FinalRanking.RankedUnit unit, RankingProposal.Per per) {
    boolean bySector = per == RankingProposal.Per.SECTOR;
    Object group = bySector ? unit.sectorId() : unit.clusterId();
    long size =
        ranking.units().stream()
            .filter(u -> Objects.equals(bySector ? u.sectorId() : u.clusterId(), group))
            .count();
    String text =
        "Xếp thứ %d/%d %s %s, điểm %s – phong trào “%s”, đợt %d (kết thúc %s)%s"
            .formatted(
                bySector ? unit.sectorRank() : unit.clusterRank(),
                size,
                bySector ? "khối" : "cụm",
                bySector ? unit.sectorName() : unit.clusterName(),
                score(unit.finalScore()),
                ranking.movementName(),
                ranking.phaseNumber(),
                Dates.format(ranking.phaseEndsOn()),
                ranking.provisional() ? ", tạm tính" : "");
    return text.length() <= DossierRules.MAX_RANKING
        ? text
        : text.substring(0, DossierRules.MAX_RANKING - 1) + "…";
  }

  /** The achievement report a drafted flag nomination starts from. */
  static String achievements(String unitName, List<String> citations) {
    return "Đề nghị từ kết quả xếp hạng: "
        + unitName
        + " "
        + String.join("; ", citations).replaceFirst("^X", "x")
        + ".";
  }

  /** 96,5 – Vietnamese decimal comma, no trailing zeros. */
  static String score(BigDecimal score) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    return new DecimalFormat("#,##0.##", symbols).format(score);
  }
}
