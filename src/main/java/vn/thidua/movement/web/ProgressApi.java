package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movement.AchievementTable;
import vn.thidua.movement.PhaseReportView;
import vn.thidua.movement.Progress;
import vn.thidua.movement.ProgressDraft;

@RestController
@Tag(
    name = "Progress",
    description =
        "Each phase, participating units report the value reached on every criterion since the"
            + " movement began; the organiser sees the achievement against the targets")
class ProgressApi {

  private final Progress progress;

  ProgressApi(Progress progress) {
    this.progress = progress;
  }

  @PutMapping("/api/movements/{movementId}/phases/{phaseId}/reports/{unitId}")
  @Operation(
      summary = "Report (or correct) a unit's values for a phase",
      description =
          "Values are cumulative since the movement began; a yes/no criterion takes 1 or 0."
              + " Correcting an earlier report carries its version.")
  PhaseReportView report(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @RequestBody ProgressDraft draft) {
    progress.report(movementId, phaseId, unitId, draft);
    return progress.reportOf(movementId, phaseId, unitId);
  }

  @GetMapping("/api/movements/{movementId}/phases/{phaseId}/reports/{unitId}")
  @Operation(summary = "A unit's report for a phase, with its targets and the share reached")
  PhaseReportView reportOf(
      @PathVariable long movementId, @PathVariable long phaseId, @PathVariable long unitId) {
    return progress.reportOf(movementId, phaseId, unitId);
  }

  @GetMapping("/api/movements/{movementId}/phases/{phaseId}/achievement")
  @Operation(summary = "Every participant's achievement per criterion at the end of a phase")
  AchievementTable achievement(@PathVariable long movementId, @PathVariable long phaseId) {
    return progress.achievement(movementId, phaseId);
  }
}
