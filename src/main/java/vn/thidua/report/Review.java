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
    List<Row> breakdown,
    Breakdown by) {

  public Review {
    breakdown = List.copyOf(breakdown);
  }

  /**
   * A unit directly below, or the root's own records (unit null); or a sector or cluster (unit
   * null, its name as label), or the units in none (unit and label null).
   *
   * @param group what the row's records are asked for by: the unit's, sector's or cluster's id, 0
   *     for the root's own records or the units in no sector or cluster
   */
  public record Row(UnitSummary unit, String label, long group, ReviewFigures figures) {

    public Row(UnitSummary unit, ReviewFigures figures) {
      this(unit, null, unit == null ? 0 : unit.id(), figures);
    }
  }
}
