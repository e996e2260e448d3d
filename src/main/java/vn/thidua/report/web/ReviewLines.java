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
public final class ReviewLines {

  /**
   * One figure; {@code labelArgument} fills the label's placeholder (a recognition level); {@code
   * figure} and {@code argument} ask for the records behind it (figure null: none to list).
   */
  public record Line(
      String section,
      String labelKey,
      String labelArgument,
      Number current,
      Number previous,
      String figure,
      String argument) {

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
  }

  private ReviewLines() {}

  /** The label of a figure the lines do not show on their own: every recognition together. */
  static String breakdownLabelKey(String figure, String argument) {
    return "initiative.recognised".equals(figure) && argument == null
        ? "review.recognitions"
        : null;
  }

  public static List<Line> of(Review review) {
    List<Line> lines = new ArrayList<>();
    ReviewFigures now = review.current();
    ReviewFigures before = review.previous();
    Adder add =
        (section, key, records, figure) ->
            lines.add(
                new Line(
                    section, key, null, figure.apply(now), figure.apply(before), records, null));
    add.line(
        "organisation",
        "figures.grassrootsUnits",
        "organisation.grassrootsUnits",
        f -> f.organisation().grassrootsUnits());
    add.line("organisation", "figures.workers", null, f -> f.organisation().workers());
    add.line("organisation", "figures.womenWorkers", null, f -> f.organisation().womenWorkers());
    add.line("organisation", "figures.members", null, f -> f.organisation().members());
    add.line("organisation", "review.memberShare", null, ReviewFigures::memberShare);
    add.line("organisation", "figures.womenMembers", null, f -> f.organisation().womenMembers());
    add.line(
        "movements",
        "review.movementsLaunched",
        "movement.launched",
        ReviewFigures::movementsLaunched);
    add.line(
        "movements",
        "review.unitsRegistered",
        "movement.unitsRegistered",
        ReviewFigures::unitsRegistered);
    add.line(
        "movements",
        "review.registrationsApproved",
        "movement.registrationsApproved",
        ReviewFigures::registrationsApproved);
    add.line(
        "initiatives",
        "review.initiativesSubmitted",
        "initiative.submitted",
        ReviewFigures::initiativesSubmitted);
    for (RecognitionLevel level : RecognitionLevel.values()) {
      lines.add(
          new Line(
              "initiatives",
              "review.recognisedAt",
              "initiative.level." + level.name(),
              now.recognisedAt(level),
              before.recognisedAt(level),
              "initiative.recognised",
              level.name()));
    }
    add.line("initiatives", "review.benefitVnd", "initiative.benefit", ReviewFigures::benefitVnd);
    add.line(
        "initiatives",
        "review.recognisedAuthors",
        "initiative.authors",
        ReviewFigures::recognisedAuthors);
    add.line("contests", "review.contestsHeld", "contest.held", ReviewFigures::contestsHeld);
    add.line("contests", "review.contestEntries", "contest.entries", ReviewFigures::contestEntries);
    add.line("contests", "review.prizesWon", "contest.prizes", ReviewFigures::prizesWon);
    return lines;
  }

  @FunctionalInterface
  private interface Adder {
    void line(
        String section, String labelKey, String records, Function<ReviewFigures, Number> figure);
  }
}
