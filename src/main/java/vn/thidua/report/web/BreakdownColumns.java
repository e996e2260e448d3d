package vn.thidua.report.web;

import java.util.List;
import java.util.function.Function;
import vn.thidua.report.ReviewFigures;

/**
 * The figures of each row of a review's breakdown, in the order the workbook, the PDF and the DOCX
 * show them; a figure added here appears in all three.
 */
final class BreakdownColumns {

  record Column(String labelKey, Function<ReviewFigures, Number> figure, boolean share) {}

  static final List<Column> ALL =
      List.of(
          new Column("figures.grassrootsUnits", f -> f.organisation().grassrootsUnits(), false),
          new Column("figures.workers", f -> f.organisation().workers(), false),
          new Column("figures.members", f -> f.organisation().members(), false),
          new Column("review.memberShare", ReviewFigures::memberShare, true),
          new Column("review.movementsLaunched", ReviewFigures::movementsLaunched, false),
          new Column("review.unitsRegistered", ReviewFigures::unitsRegistered, false),
          new Column("review.initiativesSubmitted", ReviewFigures::initiativesSubmitted, false),
          new Column("review.recognitions", ReviewFigures::recognitions, false),
          new Column("review.benefitVnd", ReviewFigures::benefitVnd, false),
          new Column("review.prizesWon", ReviewFigures::prizesWon, false),
          new Column("review.titlesGranted", f -> f.honours().titles(), false),
          new Column("review.awardsGranted", f -> f.honours().awards(), false));

  private BreakdownColumns() {}
}
