package vn.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.UnitSummary;

/**
 * A unit's dashboard: its subtree's figures this year so far beside the same days of last year, the
 * trend over the last five years (this one so far), the units below this year, and what the
 * programmes it takes part in achieved against their targets.
 *
 * @param asOf today, the last day of "this year so far"
 */
public record Dashboard(
    UnitSummary unit,
    LocalDate asOf,
    ReviewPeriod yearSoFar,
    ReviewFigures current,
    ReviewPeriod sameDaysLastYear,
    ReviewFigures previous,
    List<Year> trend,
    List<Review.Row> breakdown,
    List<Target> targets) {

  public Dashboard {
    trend = List.copyOf(trend);
    breakdown = List.copyOf(breakdown);
    targets = List.copyOf(targets);
  }

  /** A calendar year's figures; {@code partial} for the running year. */
  public record Year(int year, boolean partial, ReviewFigures figures) {}

  /**
   * A programme's initiatives recognised over the unit's subtree against the unit's target.
   *
   * @param target null when the unit has none
   * @param percent recognised against target, to one decimal; null without a target
   */
  public record Target(
      long programmeId,
      String programme,
      LocalDate startsOn,
      LocalDate endsOn,
      Integer target,
      long recognised,
      BigDecimal percent) {}
}
