package vn.thidua.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.thidua.report.Breakdown;
import vn.thidua.report.Dashboard;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewFigures;

/** The charts of a dashboard, in the reader's language. */
final class DashboardCharts {

  private DashboardCharts() {}

  /** Workers and members at the end of each year (today for this one). */
  static Chart organisationTrend(Dashboard dashboard, Wording wording) {
    return trend(
        dashboard,
        wording,
        List.of("figures.workers", "figures.members"),
        List.of(f -> f.organisation().workers(), f -> f.organisation().members()));
  }

  /** Initiatives recognised, movements launched, contests held and prizes won each year. */
  static Chart activityTrend(Dashboard dashboard, Wording wording) {
    return trend(
        dashboard,
        wording,
        List.of(
            "review.recognitions",
            "review.movementsLaunched",
            "review.contestsHeld",
            "review.prizesWon"),
        List.of(
            ReviewFigures::recognitions,
            ReviewFigures::movementsLaunched,
            ReviewFigures::contestsHeld,
            ReviewFigures::prizesWon));
  }

  /**
   * One series per breakdown column over rows that each have a label: the units below today, or any
   * other grouping of the same figures.
   */
  static Chart breakdown(List<Review.Row> rows, Wording wording) {
    List<String> labels = new ArrayList<>();
    for (Review.Row row : rows) {
      labels.add(ReviewLines.rowName(Breakdown.UNIT_BELOW, row, wording));
    }
    List<Chart.Series> series = new ArrayList<>();
    for (BreakdownColumns.Column column : BreakdownColumns.ALL) {
      List<Number> values = new ArrayList<>();
      rows.forEach(row -> values.add(column.figure().apply(row.figures())));
      series.add(new Chart.Series(wording.get(column.labelKey()), values, column.share()));
    }
    return new Chart(labels, series);
  }

  /** Each programme's achievement against the unit's target, in percent. */
  static Chart targets(Dashboard dashboard, Wording wording) {
    List<String> labels = new ArrayList<>();
    List<Number> values = new ArrayList<>();
    for (Dashboard.Target target : dashboard.targets()) {
      labels.add(target.programme());
      values.add(target.percent());
    }
    return new Chart(
        labels, List.of(new Chart.Series(wording.get("dashboard.achievement"), values, true)));
  }

  private static Chart trend(
      Dashboard dashboard,
      Wording wording,
      List<String> keys,
      List<Function<ReviewFigures, Number>> figures) {
    List<String> labels = new ArrayList<>();
    for (Dashboard.Year year : dashboard.trend()) {
      labels.add(
          year.partial()
              ? wording.get("dashboard.yearSoFar", String.valueOf(year.year()))
              : String.valueOf(year.year()));
    }
    List<Chart.Series> series = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Function<ReviewFigures, Number> figure = figures.get(i);
      series.add(
          new Chart.Series(
              wording.get(keys.get(i)),
              dashboard.trend().stream().map(year -> figure.apply(year.figures())).toList(),
              false));
    }
    return new Chart(labels, series);
  }
}
