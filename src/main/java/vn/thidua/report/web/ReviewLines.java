package vn.thidua.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewFigures;

/**
 * The lines of a review in the order the page and the workbook show them: each figure of the period
 * beside the same figure of the period before.
 */
final class ReviewLines {

  /** One figure; {@code labelArgument} fills the label's placeholder (a recognition level). */
  record Line(
      String section, String labelKey, String labelArgument, Number current, Number previous) {

    /** The change from the period before, in the figure's own unit (points for a share). */
    public Number change() {
      if (current == null || previous == null) {
        return null;
      }
      if (current instanceof BigDecimal now) {
        return now.subtract((BigDecimal) previous);
      }
      return current.longValue() - previous.longValue();
    }

    public boolean share() {
      return current instanceof BigDecimal || previous instanceof BigDecimal;
    }

    String label(Wording wording) {
      return labelArgument == null
          ? wording.get(labelKey)
          : wording.get(labelKey, wording.get(labelArgument));
    }
  }

  private ReviewLines() {}

  static List<Line> of(Review review) {
    List<Line> lines = new ArrayList<>();
    ReviewFigures now = review.current();
    ReviewFigures before = review.previous();
    Adder add =
        (section, key, figure) ->
            lines.add(new Line(section, key, null, figure.apply(now), figure.apply(before)));
    add.line("organisation", "figures.grassrootsUnits", f -> f.organisation().grassrootsUnits());
    add.line("organisation", "figures.workers", f -> f.organisation().workers());
    add.line("organisation", "figures.womenWorkers", f -> f.organisation().womenWorkers());
    add.line("organisation", "figures.members", f -> f.organisation().members());
    add.line("organisation", "review.memberShare", ReviewFigures::memberShare);
    add.line("organisation", "figures.womenMembers", f -> f.organisation().womenMembers());
    add.line("movements", "review.movementsLaunched", ReviewFigures::movementsLaunched);
    add.line("movements", "review.unitsRegistered", ReviewFigures::unitsRegistered);
    add.line("movements", "review.registrationsApproved", ReviewFigures::registrationsApproved);
    add.line("initiatives", "review.initiativesSubmitted", ReviewFigures::initiativesSubmitted);
    for (RecognitionLevel level : RecognitionLevel.values()) {
      lines.add(
          new Line(
              "initiatives",
              "review.recognisedAt",
              "initiative.level." + level.name(),
              now.recognisedAt(level),
              before.recognisedAt(level)));
    }
    add.line("initiatives", "review.benefitVnd", ReviewFigures::benefitVnd);
    add.line("initiatives", "review.recognisedAuthors", ReviewFigures::recognisedAuthors);
    add.line("contests", "review.contestsHeld", ReviewFigures::contestsHeld);
    add.line("contests", "review.contestEntries", ReviewFigures::contestEntries);
    add.line("contests", "review.prizesWon", ReviewFigures::prizesWon);
    return lines;
  }

  @FunctionalInterface
  private interface Adder {
    void line(String section, String labelKey, Function<ReviewFigures, Number> figure);
  }
}
