package vn.thidua.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.Reviews;

@RestController
@RequestMapping("/api/units/{unitId}/review")
@Tag(name = "Reviews", description = "Interim and annual reviews of a unit's subtree")
class ReviewApi {

  private final Reviews reviews;

  ReviewApi(Reviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping
  @Operation(
      summary = "A unit's review for a period",
      description =
          "kind HALF_YEAR, NINE_MONTHS, YEAR or FIVE_YEARS with the (last) year, or RANGE with"
              + " from and to (yyyy-MM-dd). Figures of the subtree as the hierarchy stood on the"
              + " period's last day, the same for the period before, and each unit directly below."
              + " honours lists the titles and awards granted in the period (not revoked) by honour,"
              + " grade and recipient, with the totals and the shares of awards to individuals going"
              + " to direct workers and to women, and of awards to collectives going to small"
              + " collectives (percent, one decimal, half up).")
  Review review(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    return reviews.build(
        unitId,
        new PeriodChoice(kind, year, from, to)
            .period(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear()));
  }
}
