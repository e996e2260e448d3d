package vn.thidua.report.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewFigures;
import vn.thidua.shared.excel.XlsxTable;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.Texts;

/**
 * A review as a workbook: the figures beside those of the period before, then one row per unit
 * directly below.
 */
@Component
class ReviewExport {

  private final Texts texts;

  ReviewExport(Texts texts) {
    this.texts = texts;
  }

  String fileName(Review review) {
    return "bao-cao-"
        + review.unit().id()
        + "-"
        + review.period().from()
        + "-"
        + review.period().to()
        + ".xlsx";
  }

  void write(Review review, OutputStream out) {
    XlsxTable table =
        XlsxTable.titled(texts.get("review.workbook.title", review.unit().name()))
            .subtitle(
                texts.get(
                    "review.period",
                    Dates.format(review.period().from()),
                    Dates.format(review.period().to())))
            .subtitle(texts.get("review.asOf", Dates.format(review.asOf())))
            .column(texts.get("review.figure"), XlsxTable.Type.TEXT)
            .column(texts.get("review.thisPeriod"), XlsxTable.Type.DECIMAL)
            .column(
                texts.get(
                    "review.previousPeriod",
                    Dates.format(review.previousPeriod().from()),
                    Dates.format(review.previousPeriod().to())),
                XlsxTable.Type.DECIMAL)
            .column(texts.get("review.change"), XlsxTable.Type.DECIMAL);
    XlsxTable units =
        XlsxTable.titled(texts.get("review.breakdown." + review.by().parameter()))
            .column(texts.get("common.name"), XlsxTable.Type.TEXT)
            .column(texts.get("figures.grassrootsUnits"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.workers"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.members"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.memberShare"), XlsxTable.Type.DECIMAL)
            .column(texts.get("review.movementsLaunched"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.unitsRegistered"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.initiativesSubmitted"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.recognitions"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.benefitVnd"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.prizesWon"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.titlesGranted"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.awardsGranted"), XlsxTable.Type.INTEGER);
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      for (ReviewLines.Line line : ReviewLines.of(review)) {
        String label =
            line.labelArgument() == null
                ? texts.get(line.labelKey())
                : texts.get(line.labelKey(), texts.get(line.labelArgument()));
        writer.row(
            label, decimal(line.current()), decimal(line.previous()), decimal(line.change()));
      }
      writer.sheet(units);
      for (Review.Row row : review.breakdown()) {
        ReviewFigures f = row.figures();
        writer.row(
            rowName(review, row),
            f.organisation().grassrootsUnits(),
            f.organisation().workers(),
            f.organisation().members(),
            f.memberShare(),
            f.movementsLaunched(),
            f.unitsRegistered(),
            f.initiativesSubmitted(),
            f.recognitions(),
            f.benefitVnd(),
            f.prizesWon(),
            f.honours().titles(),
            f.honours().awards());
      }
      writeHonours(review, writer);
    }
  }

  /** A sheet of every title and award granted, by honour, grade and recipient. */
  private void writeHonours(Review review, XlsxTable.Writer writer) {
    writer.sheet(
        XlsxTable.titled(texts.get("review.honours.sheet"))
            .column(texts.get("honours.kind"), XlsxTable.Type.TEXT)
            .column(texts.get("review.honours.name"), XlsxTable.Type.TEXT)
            .column(texts.get("decision.recipient"), XlsxTable.Type.TEXT)
            .column(texts.get("review.thisPeriod"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.previousShort"), XlsxTable.Type.INTEGER)
            .column(texts.get("review.change"), XlsxTable.Type.INTEGER));
    for (ReviewLines.HonourLine line : ReviewLines.honours(review)) {
      writer.row(
          texts.get("honours.kind." + line.kind()),
          line.name(),
          texts.get("decision.recipient." + line.recipient()),
          line.current(),
          line.previous(),
          line.change());
    }
  }

  private String rowName(Review review, Review.Row row) {
    if (row.unit() != null) {
      return row.unit().name();
    }
    return row.label() != null ? row.label() : texts.get("review.none." + review.by().parameter());
  }

  private static BigDecimal decimal(Number number) {
    if (number == null) {
      return null;
    }
    return number instanceof BigDecimal d ? d : BigDecimal.valueOf(number.longValue());
  }
}
