package vn.thidua.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.report.Review;
import vn.thidua.shared.document.Letterhead;
import vn.thidua.shared.document.Signature;
import vn.thidua.shared.number.NumberText;
import vn.thidua.shared.time.Dates;

/**
 * The words of a review in the Vietnamese administrative layout, the same for the PDF and the DOCX:
 * heading, title, the figures section by section beside the period before and the change, the
 * breakdown by unit below, recipients and signature. Built from {@link ReviewLines} and {@link
 * BreakdownColumns}, so a figure added there appears here too.
 */
record ReviewDocument(
    Letterhead letterhead,
    String numberLine,
    String placeAndDate,
    String title,
    String subject,
    List<String> introduction,
    List<String> figureHeadings,
    List<Section> sections,
    String breakdownTitle,
    List<String> breakdownHeadings,
    List<List<String>> breakdownRows,
    Signature signature) {

  static final String TITLE = "BÁO CÁO";
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  /** A part of the report: its numbered heading and a row per figure. */
  record Section(String heading, List<List<String>> rows) {}

  /**
   * @param ancestors the units above the reviewed one, from the top, as the hierarchy stood on the
   *     review's last day
   * @param today the day printed after the place
   */
  static ReviewDocument of(
      Review review, List<UnitSummary> ancestors, LocalDate today, Wording wording) {
    UnitSummary unit = review.unit();
    UnitSummary superior = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    Letterhead letterhead =
        Letterhead.of(
            superior == null ? null : superior.name(),
            unit.name(),
            unit.grassroots(),
            Letterhead.placeOf(provinceName(unit, ancestors)));

    Map<String, List<List<String>>> bySection = new LinkedHashMap<>();
    for (ReviewLines.Line line : ReviewLines.of(review)) {
      bySection
          .computeIfAbsent(line.section(), key -> new ArrayList<>())
          .add(
              List.of(
                  line.label(wording),
                  text(line.current(), line.share()),
                  text(line.previous(), line.share()),
                  text(line.change(), line.share())));
    }
    List<Section> sections = new ArrayList<>();
    bySection.forEach(
        (key, rows) ->
            sections.add(
                new Section(
                    numbered(sections.size(), wording.get("review.section." + key)), rows)));

    List<String> breakdownHeadings = new ArrayList<>();
    breakdownHeadings.add(wording.get("common.name"));
    BreakdownColumns.ALL.forEach(column -> breakdownHeadings.add(wording.get(column.labelKey())));
    List<List<String>> breakdownRows = new ArrayList<>();
    for (Review.Row row : review.breakdown()) {
      List<String> cells = new ArrayList<>();
      cells.add(ReviewLines.rowName(review.by(), row, wording));
      for (BreakdownColumns.Column column : BreakdownColumns.ALL) {
        cells.add(text(column.figure().apply(row.figures()), column.share()));
      }
      breakdownRows.add(cells);
    }

    List<String> recipients = new ArrayList<>();
    if (superior != null) {
      recipients.add(wording.get("review.document.toSuperior", superior.name()));
    }
    recipients.add(wording.get("review.document.archive"));

    String from = Dates.format(review.period().from());
    String to = Dates.format(review.period().to());
    return new ReviewDocument(
        letterhead,
        "Số:      /BC-" + Letterhead.abbreviationOf(unit.levelCode()),
        letterhead.placeAndDate(today),
        TITLE,
        subject(review, wording),
        List.of(
            wording.get("review.period", from, to),
            wording.get("review.asOf", Dates.format(review.asOf()))),
        List.of(
            wording.get("review.figure"),
            wording.get("review.thisPeriod"),
            wording.get(
                "review.previousPeriod",
                Dates.format(review.previousPeriod().from()),
                Dates.format(review.previousPeriod().to())),
            wording.get("review.change")),
        sections,
        numbered(sections.size(), wording.get("review.breakdown")),
        breakdownHeadings,
        breakdownRows,
        new Signature(
            recipients, letterhead.signsFor(), wording.get("review.document.signerPosition"), ""));
  }

  private static String subject(Review review, Wording wording) {
    String key = "review.document.subject." + review.period().kind();
    return switch (review.period().kind()) {
      case HALF_YEAR, NINE_MONTHS, YEAR -> wording.get(key, year(review.period().to()));
      case FIVE_YEARS -> wording.get(key, year(review.period().from()), year(review.period().to()));
      case RANGE ->
          wording.get(
              key, Dates.format(review.period().from()), Dates.format(review.period().to()));
    };
  }

  private static String year(LocalDate day) {
    return String.valueOf(day.getYear());
  }

  private static String provinceName(UnitSummary unit, List<UnitSummary> ancestors) {
    List<UnitSummary> line = new ArrayList<>(ancestors);
    line.add(unit);
    return line.stream()
        .filter(candidate -> "PROVINCE".equals(candidate.levelCode()))
        .findFirst()
        .map(UnitSummary::name)
        .orElse(null);
  }

  private static String numbered(int index, String heading) {
    return (index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1)) + ". " + heading;
  }

  private static String text(Number number, boolean share) {
    return share ? NumberText.share(number) : NumberText.of(number);
  }
}
