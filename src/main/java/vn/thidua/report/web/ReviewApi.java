package vn.thidua.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.report.Breakdown;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

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
              + " period's last day, the same for the period before, and a breakdown: by unit"
              + " directly below (by=unit, the default), by sector (by=sector) or by the emulation"
              + " clusters the unit organises for the year (by=cluster)."
              + " honours lists the titles and awards granted in the period (not revoked) by honour,"
              + " grade and recipient, with the totals and the shares of awards to individuals going"
              + " to direct workers and to women, and of awards to collectives going to small"
              + " collectives (percent, one decimal, half up).")
  Review review(
      @PathVariable long unitId,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String by) {
    return reviews.build(unitId, period(kind, year, from, to), Breakdown.of(by));
  }

  @GetMapping("/records")
  @Operation(
      summary = "The records behind one figure of a unit's review",
      description =
          "figure: a line's key (organisation.grassrootsUnits, movement.launched,"
              + " movement.unitsRegistered, movement.registrationsApproved, initiative.submitted,"
              + " initiative.recognised with arg a recognition level or none for all,"
              + " initiative.benefit, initiative.authors, contest.held, contest.entries,"
              + " contest.prizes). group: a breakdown row's group (0 for the root's own records or"
              + " the units in no sector or cluster), none for the whole subtree. Pages of 50"
              + " unless size says otherwise, from 0.")
  Paged<FigureRecord> records(
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
      @RequestParam(defaultValue = "50") int size) {
    return reviews.records(
        unitId, period(kind, year, from, to), Breakdown.of(by), group, figure, arg, page, size);
  }

  private static ReviewPeriod period(ReviewKind kind, Integer year, LocalDate from, LocalDate to) {
    return new PeriodChoice(kind, year, from, to).period(LocalDate.now(Dates.VIETNAM).getYear());
  }
}
