package vn.thidua.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.honours.HonourCatalogue;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.HonourView;
import vn.thidua.report.Breakdown;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.document.Downloads;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** The review page of a unit, its workbook and the report as PDF and DOCX. */
@Controller
class ReviewPages {

  private static final int PAGE_SIZE = 50;

  private final Reviews reviews;
  private final HonourCatalogue honours;
  private final ReviewExport export;
  private final ReviewFiles files;
  private final ReviewBuilds builds;

  ReviewPages(
      Reviews reviews,
      ReviewExport export,
      ReviewFiles files,
      ReviewBuilds builds,
      HonourCatalogue honours) {
    this.reviews = reviews;
    this.honours = honours;
    this.export = export;
    this.files = files;
    this.builds = builds;
  }

  @GetMapping("/units/{unitId}/review")
  String review(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      Model model) {
    PeriodChoice choice = new PeriodChoice(kind, year, from, to);
    Review review = reviews.build(unitId, choice.period(currentYear()), Breakdown.of(by));
    Map<String, List<ReviewLines.Line>> sections = new LinkedHashMap<>();
    for (ReviewLines.Line line : ReviewLines.of(review)) {
      sections.computeIfAbsent(line.section(), s -> new ArrayList<>()).add(line);
    }
    model.addAttribute("review", review);
    model.addAttribute("sections", sections);
    model.addAttribute("honourTitles", ReviewLines.honours(review, HonourKind.TITLE));
    model.addAttribute("honourAwards", ReviewLines.honours(review, HonourKind.AWARD));
    model.addAttribute("kinds", ReviewKind.values());
    model.addAttribute("year", review.period().to().getYear());
    model.addAttribute("breakdowns", Breakdown.values());
    model.addAttribute("inBackground", builds.inBackground(review));
    return "report/review";
  }

  /** The records behind one figure of the review, of the whole subtree or of a breakdown row. */
  @GetMapping("/units/{unitId}/review/records")
  String records(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String figure,
      @RequestParam(required = false) String arg,
      @RequestParam(required = false) Long group,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    ReviewPeriod period = new PeriodChoice(kind, year, from, to).period(currentYear());
    Breakdown breakdown = Breakdown.of(by);
    Paged<FigureRecord> records =
        reviews.records(unitId, period, breakdown, group, figure, arg, page, PAGE_SIZE);
    model.addAttribute("heading", reviews.heading(unitId, period, breakdown, group));
    model.addAttribute("year", period.to().getYear());
    model.addAttribute("figure", figure);
    model.addAttribute("arg", arg);
    model.addAttribute("group", group);
    model.addAttribute("line", ReviewLines.showing(figure, arg).orElse(null));
    model.addAttribute("labelKey", ReviewLines.breakdownLabelKey(figure, arg));
    model.addAttribute("honourName", honourName(figure, arg));
    model.addAttribute("records", records);
    return "report/review-records";
  }

  /**
   * The grade's name behind an honour's line ("CNG:2:INDIVIDUAL", already checked by the records it
   * lists), as the review's table names it; null for any other figure.
   */
  private String honourName(String figure, String arg) {
    if (!ReviewLines.HONOUR_GRANTED.equals(figure) || arg == null) {
      return null;
    }
    String[] parts = arg.split(":");
    HonourView honour = honours.get(parts[0]);
    int grade = Integer.parseInt(parts[1]);
    return honour.grades().stream()
        .filter(g -> g.grade() == grade)
        .map(HonourGrade::name)
        .findFirst()
        .orElse(honour.name());
  }

  @GetMapping("/units/{unitId}/review.xlsx")
  void workbook(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      HttpServletResponse response)
      throws IOException {
    Review review =
        reviews.build(
            unitId, new PeriodChoice(kind, year, from, to).period(currentYear()), Breakdown.of(by));
    XlsxDownload.send(
        response, ReviewExport.fileName(review, "xlsx"), out -> export.write(review, out));
  }

  @GetMapping("/units/{unitId}/review.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by) {
    return download(
        unitId, new PeriodChoice(kind, year, from, to), Breakdown.of(by), ReviewFiles.Format.PDF);
  }

  @GetMapping("/units/{unitId}/review.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by) {
    return download(
        unitId, new PeriodChoice(kind, year, from, to), Breakdown.of(by), ReviewFiles.Format.DOCX);
  }

  private ResponseEntity<byte[]> download(
      long unitId, PeriodChoice choice, Breakdown by, ReviewFiles.Format format) {
    Review review = reviews.build(unitId, choice.period(currentYear()), by);
    ReviewFiles.File file = files.write(review, format);
    return Downloads.of(file.name(), format.contentType, file.content(), format.inline);
  }

  private static int currentYear() {
    return LocalDate.now(Dates.VIETNAM).getYear();
  }
}
