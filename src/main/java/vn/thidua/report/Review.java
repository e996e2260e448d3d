package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.UnitSummary;

/**
 * A unit's review: its subtree's figures over the period and over the period before, and the
 * figures of each unit directly below it over the period. Units that were merged or moved count
 * where they stood on {@code asOf}, the period's last day (or today while it runs).
 */
public record Review(
    UnitSummary unit,
    ReviewPeriod period,
    LocalDate asOf,
    ReviewFigures current,
    ReviewPeriod previousPeriod,
    ReviewFigures previous,
    List<Row> breakdown) {

  public Review {
    breakdown = List.copyOf(breakdown);
  }

  /** A unit directly below, or the root's own records (unit null). */
  public record Row(UnitSummary unit, ReviewFigures figures) {}
}
