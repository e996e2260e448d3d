package vn.thidua.movement.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.RankingView;
import vn.thidua.shared.excel.XlsxTable;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.Texts;

/**
 * The ranking of a phase as one sheet: a unit a line in overall order, with its place in its
 * cluster and in its sector, the points per criterion, the adjustment with its reason and the final
 * score.
 */
@Component
class RankingExport {

  private final Texts texts;

  RankingExport(Texts texts) {
    this.texts = texts;
  }

  void write(RankingView ranking, OutputStream out) {
    MovementView.PhaseView phase = ranking.phase();
    String phaseName =
        phase.name() != null ? phase.name() : texts.get("movement.phaseNumber", phase.number());
    XlsxTable table =
        XlsxTable.titled(texts.get("ranking.export.title", ranking.movementName()))
            .subtitle(
                phaseName
                    + " ("
                    + Dates.format(phase.startsOn())
                    + " – "
                    + Dates.format(phase.endsOn())
                    + ")"
                    + (ranking.provisional() ? " – " + texts.get("ranking.provisional") : ""))
            .subtitle(texts.get("ranking.method"))
            .subtitle(texts.get("ranking.export.on", Dates.format(LocalDate.now(Dates.VIETNAM))))
            .column(texts.get("ranking.overallRank"), XlsxTable.Type.INTEGER)
            .column(texts.get("common.name"), XlsxTable.Type.TEXT)
            .column(texts.get("movement.cluster"), XlsxTable.Type.TEXT)
            .column(texts.get("ranking.clusterRank"), XlsxTable.Type.INTEGER)
            .column(texts.get("field.sectorCode"), XlsxTable.Type.TEXT)
            .column(texts.get("ranking.sectorRank"), XlsxTable.Type.INTEGER);
    for (MovementView.CriterionView criterion : ranking.criteria()) {
      table =
          table.column(
              texts.get("ranking.criterionColumn", criterion.number(), criterion.name()),
              XlsxTable.Type.DECIMAL);
    }
    table =
        table
            .column(texts.get("ranking.score"), XlsxTable.Type.DECIMAL)
            .column(texts.get("ranking.adjustment"), XlsxTable.Type.DECIMAL)
            .column(texts.get("ranking.adjustmentReason"), XlsxTable.Type.TEXT)
            .column(texts.get("ranking.finalScore"), XlsxTable.Type.DECIMAL)
            .column(texts.get("ranking.missingReports"), XlsxTable.Type.INTEGER);
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      for (RankingView.ScoreLine line : ranking.lines()) {
        Object[] row = new Object[11 + line.points().size()];
        int i = 0;
        row[i++] = line.overallRank();
        row[i++] = line.unitName();
        row[i++] = line.clusterName();
        row[i++] = line.clusterRank();
        row[i++] = line.sectorName();
        row[i++] = line.sectorRank();
        for (BigDecimal points : line.points()) {
          row[i++] = points;
        }
        row[i++] = line.score();
        row[i++] = line.adjustment();
        row[i++] = line.adjustmentReason();
        row[i++] = line.finalScore();
        row[i] = line.missingReports();
        writer.row(row);
      }
    }
  }
}
