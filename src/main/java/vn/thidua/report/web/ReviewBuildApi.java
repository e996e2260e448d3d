package vn.thidua.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.report.Breakdown;
import vn.thidua.report.ReviewKind;
import vn.thidua.shared.document.Downloads;
import vn.thidua.shared.imports.BuiltFile;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.time.Dates;

@RestController
@RequestMapping("/api/units/{unitId}/review/builds")
@Tag(name = "Reviews", description = "Interim and annual reviews of a unit's subtree")
class ReviewBuildApi {

  private final ReviewBuilds builds;

  ReviewBuildApi(ReviewBuilds builds) {
    this.builds = builds;
  }

  @PostMapping
  @Operation(
      summary = "Build a review's file in the background",
      description =
          "The period and the breakdown (by) as for the review; format XLSX, PDF (the default) or DOCX. Answers 202 with"
              + " the job's address: poll it until finished, then fetch …/file. Files are kept"
              + " for a day.")
  ResponseEntity<ImportStatus> start(
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
    return ResponseEntity.accepted()
        .location(URI.create("/api/units/" + unitId + "/review/builds/" + job))
        .body(builds.status(unitId, job));
  }

  @GetMapping("/{jobId}")
  @Operation(summary = "Progress of a review's file being built")
  ImportStatus status(@PathVariable long unitId, @PathVariable UUID jobId) {
    return builds.status(unitId, jobId);
  }

  @GetMapping("/{jobId}/file")
  @Operation(summary = "The built file; 404 while it is being built or a day after")
  ResponseEntity<byte[]> file(@PathVariable long unitId, @PathVariable UUID jobId) {
    BuiltFile file = builds.file(unitId, jobId);
    return Downloads.of(file.name(), file.contentType(), file.content(), false);
  }
}
