package vn.thidua.report.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.report.Breakdown;
import vn.thidua.report.ReviewKind;
import vn.thidua.shared.document.Downloads;
import vn.thidua.shared.imports.BuiltFile;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.time.Dates;

/**
 * A large review's file built in the background: start it, watch its progress (htmx polls the
 * fragment every second), then download it.
 */
@Controller
class ReviewBuildPages {

  private final ReviewBuilds builds;

  ReviewBuildPages(ReviewBuilds builds) {
    this.builds = builds;
  }

  @PostMapping("/units/{unitId}/review/builds")
  String start(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by,
      @RequestParam(defaultValue = "PDF") ReviewFiles.Format format) {
    UUID job =
        builds.start(
            unitId,
            new PeriodChoice(kind, year, from, to).period(LocalDate.now(Dates.VIETNAM).getYear()),
            Breakdown.of(by),
            format);
    return "redirect:/units/" + unitId + "/review/builds/" + job;
  }

  @GetMapping("/units/{unitId}/review/builds/{jobId}")
  String build(
      @PathVariable long unitId,
      @PathVariable UUID jobId,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    ImportStatus job = builds.status(unitId, jobId);
    model.addAttribute("job", job);
    model.addAttribute("unitId", unitId);
    return htmx != null ? "report/build :: progress" : "report/build";
  }

  @GetMapping("/units/{unitId}/review/builds/{jobId}/file")
  ResponseEntity<byte[]> file(@PathVariable long unitId, @PathVariable UUID jobId) {
    BuiltFile file = builds.file(unitId, jobId);
    return Downloads.of(
        file.name(), file.contentType(), file.content(), Downloads.PDF.equals(file.contentType()));
  }
}
