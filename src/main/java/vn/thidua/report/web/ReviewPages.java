package vn.thidua.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.honours.HonourKind;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.Reviews;
import vn.thidua.shared.excel.XlsxDownload;

/** The review page of a unit, and its workbook. */
@Controller
class ReviewPages {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Reviews reviews;
  private final ReviewExport export;

  ReviewPages(Reviews reviews, ReviewExport export) {
    this.reviews = reviews;
    this.export = export;
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
    model.addAttribute("honourTitles", ReviewLines.honours(review, HonourKind.TITLE));
    model.addAttribute("honourAwards", ReviewLines.honours(review, HonourKind.AWARD));
    model.addAttribute("kinds", ReviewKind.values());
    model.addAttribute("year", review.period().to().getYear());
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
    XlsxDownload.send(response, export.fileName(review), out -> export.write(review, out));
  }

  private static int currentYear() {
    return LocalDate.now(VIETNAM).getYear();
  }
}
