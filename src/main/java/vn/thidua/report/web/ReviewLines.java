package vn.thidua.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewFigures;
import vn.thidua.report.ReviewHonours;

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
    add.line("honours", "review.titlesGranted", f -> f.honours().titles());
    add.line("honours", "review.awardsGranted", f -> f.honours().awards());
    add.line("honours", "review.individualAwards", f -> f.honours().individualAwards());
    add.line("honours", "review.awardsToDirectWorkers", f -> f.honours().awardsToDirectWorkers());
    add.line("honours", "review.directWorkerShare", f -> f.honours().directWorkerShare());
    add.line("honours", "review.awardsToWomen", f -> f.honours().awardsToWomen());
    add.line("honours", "review.womenShare", f -> f.honours().womenShare());
    add.line("honours", "review.collectiveAwards", f -> f.honours().collectiveAwards());
    add.line(
        "honours", "review.awardsToSmallCollectives", f -> f.honours().awardsToSmallCollectives());
    add.line("honours", "review.smallCollectiveShare", f -> f.honours().smallCollectiveShare());
    return lines;
  }

  /**
   * One honour and grade granted to individuals or to collectives, in the period and in the one
   * before; {@code name} is the grade's name from the catalogue.
   */
  record HonourLine(
      HonourKind kind, String name, Recipient recipient, long current, long previous) {

    public long change() {
      return current - previous;
    }
  }

  /**
   * Every honour, grade and recipient granted in either period, titles then awards in the
   * catalogue's order.
   */
  static List<HonourLine> honours(Review review) {
    ReviewHonours now = review.current().honours();
    ReviewHonours before = review.previous().honours();
    List<ReviewHonours.Granted> either = new ArrayList<>(now.granted());
    before.granted().stream()
        .filter(old -> either.stream().noneMatch(old::sameAs))
        .forEach(either::add);
    return new ReviewHonours(either)
        .granted().stream()
            .map(
                g ->
                    new HonourLine(
                        g.kind(), g.gradeName(), g.recipient(), now.count(g), before.count(g)))
            .toList();
  }

  /** The honour lines of one kind, for the page's two tables. */
  static List<HonourLine> honours(Review review, HonourKind kind) {
    return honours(review).stream().filter(line -> line.kind() == kind).toList();
  }

  @FunctionalInterface
  private interface Adder {
    void line(String section, String labelKey, Function<ReviewFigures, Number> figure);
  }
}
