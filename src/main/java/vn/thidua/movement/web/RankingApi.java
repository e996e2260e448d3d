package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movement.RankingView;
import vn.thidua.movement.Scoreboard;
import vn.thidua.shared.excel.XlsxDownload;

@RestController
@Tag(
    name = "Scores and rankings",
    description =
        "Weighted achievement against targets (capped at 100 % a criterion, out of 100), ranked"
            + " inside each cluster and sector; officers of the organiser adjust a score with a"
            + " reason")
class RankingApi {

  private final Scoreboard scoreboard;
  private final RankingExport export;

  RankingApi(Scoreboard scoreboard, RankingExport export) {
    this.scoreboard = scoreboard;
    this.export = export;
  }

  @GetMapping("/api/movements/{movementId}/phases/{phaseId}/ranking")
  @Operation(
      summary = "Scores of every participant at the end of a phase, ranked in clusters and sectors",
      description =
          "Each criterion earns its weight times the achievement: value / target capped at 1; when"
              + " less is better, 1 at or below the target, else target / value; a yes/no"
              + " criterion 1 for yes; a missing report 0. Equal scores share a place (1, 2, 2, 4).")
  RankingView ranking(@PathVariable long movementId, @PathVariable long phaseId) {
    return scoreboard.ranking(movementId, phaseId);
  }

  @PutMapping("/api/movements/{movementId}/phases/{phaseId}/adjustments/{unitId}")
  @Operation(
      summary = "Adjust a unit's score for a phase",
      description =
          "Points between -100 and 100 and a reason; replacing an earlier adjustment carries its"
              + " version. Answers the ranking as it now stands.")
  RankingView adjust(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @RequestBody(required = false) Scoreboard.Adjustment adjustment) {
    scoreboard.adjust(
        movementId,
        phaseId,
        unitId,
        adjustment == null ? new Scoreboard.Adjustment(null, null, null) : adjustment);
    return scoreboard.ranking(movementId, phaseId);
  }

  @GetMapping("/api/movements/{movementId}/phases/{phaseId}/ranking.xlsx")
  @Operation(summary = "The ranking of a phase as an Excel workbook")
  void exportRanking(
      @PathVariable long movementId, @PathVariable long phaseId, HttpServletResponse response)
      throws IOException {
    RankingView ranking = scoreboard.ranking(movementId, phaseId);
    XlsxDownload.send(response, "xep-hang-thi-dua.xlsx", out -> export.write(ranking, out));
  }
}
