package vn.thidua.report.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.report.Review;
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

  /** "bao-cao-42-2020-01-01-2020-12-31.xlsx" and the same name for the other formats. */
  static String fileName(Review review, String extension) {
    return "bao-cao-"
        + review.unit().id()
        + "-"
        + review.period().from()
        + "-"
        + review.period().to()
        + "."
        + extension;
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
            .column(texts.get("common.name"), XlsxTable.Type.TEXT);
    for (BreakdownColumns.Column column : BreakdownColumns.ALL) {
      units =
          units.column(
              texts.get(column.labelKey()),
              column.share() ? XlsxTable.Type.DECIMAL : XlsxTable.Type.INTEGER);
    }
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      for (ReviewLines.Line line : ReviewLines.of(review)) {
        writer.row(
            line.label(texts::get),
            decimal(line.current()),
            decimal(line.previous()),
            decimal(line.change()));
      }
      writer.sheet(units);
      for (Review.Row row : review.breakdown()) {
        List<Object> cells = new ArrayList<>();
        cells.add(ReviewLines.rowName(review.by(), row, texts::get));
        for (BreakdownColumns.Column column : BreakdownColumns.ALL) {
          cells.add(column.figure().apply(row.figures()));
        }
        writer.row(cells.toArray());
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

  private static BigDecimal decimal(Number number) {
    if (number == null) {
      return null;
    }
    return number instanceof BigDecimal d ? d : BigDecimal.valueOf(number.longValue());
  }
}
