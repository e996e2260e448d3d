package vn.thidua.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.Reviews;
import vn.thidua.shared.document.Downloads;
import vn.thidua.shared.excel.XlsxDownload;

/** The review page of a unit, its workbook and the report as PDF and DOCX. */
@Controller
class ReviewPages {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Reviews reviews;
  private final ReviewExport export;
  private final ReviewFiles files;
  private final ReviewBuilds builds;

  ReviewPages(Reviews reviews, ReviewExport export, ReviewFiles files, ReviewBuilds builds) {
    this.reviews = reviews;
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
      Model model) {
    PeriodChoice choice = new PeriodChoice(kind, year, from, to);
    Review review = reviews.build(unitId, choice.period(currentYear()));
    Map<String, List<ReviewLines.Line>> sections = new LinkedHashMap<>();
    for (ReviewLines.Line line : ReviewLines.of(review)) {
      sections.computeIfAbsent(line.section(), s -> new ArrayList<>()).add(line);
    }
    model.addAttribute("review", review);
    model.addAttribute("sections", sections);
    model.addAttribute("kinds", ReviewKind.values());
    model.addAttribute("year", review.period().to().getYear());
    model.addAttribute("inBackground", builds.inBackground(review));
    return "report/review";
  }

  @GetMapping("/units/{unitId}/review.xlsx")
  void workbook(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    Review review =
        reviews.build(unitId, new PeriodChoice(kind, year, from, to).period(currentYear()));
    XlsxDownload.send(
        response, ReviewExport.fileName(review, "xlsx"), out -> export.write(review, out));
  }

  @GetMapping("/units/{unitId}/review.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return download(unitId, new PeriodChoice(kind, year, from, to), ReviewFiles.Format.PDF);
  }

  @GetMapping("/units/{unitId}/review.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return download(unitId, new PeriodChoice(kind, year, from, to), ReviewFiles.Format.DOCX);
  }

  private ResponseEntity<byte[]> download(
      long unitId, PeriodChoice choice, ReviewFiles.Format format) {
    Review review = reviews.build(unitId, choice.period(currentYear()));
    ReviewFiles.File file = files.write(review, format);
    return Downloads.of(file.name(), format.contentType, file.content(), format.inline);
  }

  private static int currentYear() {
    return LocalDate.now(VIETNAM).getYear();
  }
}
