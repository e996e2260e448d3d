package vn.thidua.report.web;

import java.util.List;

/**
 * The data of one chart: a label per point (a year, a unit below, a sector, a programme) and one or
 * more series of numbers. The page draws it with Chart.js and shows the same numbers as a table for
 * those who cannot see the chart.
 */
record Chart(List<String> labels, List<Series> series) {

  /** One line or set of bars; {@code share} when its numbers are percentages. */
  record Series(String label, List<Number> values, boolean share) {}

  Chart {
    labels = List.copyOf(labels);
    series = List.copyOf(series);
  }
}
