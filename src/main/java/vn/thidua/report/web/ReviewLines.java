package vn.thidua.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.report.Breakdown;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewFigures;
import vn.thidua.report.ReviewHonours;

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

    /** A figure with no records to list behind it. */
    public Line(
        String section, String labelKey, String labelArgument, Number current, Number previous) {
      this(section, labelKey, labelArgument, current, previous, null, null);
    }

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

  /** The key of the records behind one honour and grade, named by "CODE:grade:RECIPIENT". */
  static final String HONOUR_GRANTED = "honour.granted";

  private ReviewLines() {}

  /** A breakdown row's name: the unit, the sector or cluster, or the row of what is in none. */
  static String rowName(Breakdown by, Review.Row row, Wording wording) {
    if (row.unit() != null) {
      return row.unit().name();
    }
    return row.label() != null ? row.label() : wording.get("review.none." + by.parameter());
  }

  /** The label of a figure the lines do not show on their own: every recognition together. */
  static String breakdownLabelKey(String figure, String argument) {
    return "initiative.recognised".equals(figure) && argument == null
        ? "review.recognitions"
        : null;
  }

  public static List<Line> of(Review review) {
    return of(review.current(), review.previous());
  }

  /** The line that shows a figure (its records' key and argument), to name it without its value. */
  static Optional<Line> showing(String figure, String argument) {
    return of(ReviewFigures.none(), ReviewFigures.none()).stream()
        .filter(line -> Objects.equals(figure, line.figure()))
        .filter(line -> Objects.equals(argument, line.argument()))
        .findFirst();
  }

  private static List<Line> of(ReviewFigures now, ReviewFigures before) {
    List<Line> lines = new ArrayList<>();
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
    add.line("honours", "review.titlesGranted", "honour.titles", f -> f.honours().titles());
    add.line("honours", "review.awardsGranted", "honour.awards", f -> f.honours().awards());
    add.line(
        "honours",
        "review.individualAwards",
        "honour.individuals",
        f -> f.honours().individualAwards());
    add.line(
        "honours",
        "review.awardsToDirectWorkers",
        "honour.directWorkers",
        f -> f.honours().awardsToDirectWorkers());
    add.line("honours", "review.directWorkerShare", null, f -> f.honours().directWorkerShare());
    add.line("honours", "review.awardsToWomen", "honour.women", f -> f.honours().awardsToWomen());
    add.line("honours", "review.womenShare", null, f -> f.honours().womenShare());
    add.line(
        "honours",
        "review.collectiveAwards",
        "honour.collectives",
        f -> f.honours().collectiveAwards());
    add.line(
        "honours",
        "review.awardsToSmallCollectives",
        "honour.smallCollectives",
        f -> f.honours().awardsToSmallCollectives());
    add.line(
        "honours", "review.smallCollectiveShare", null, f -> f.honours().smallCollectiveShare());
    return lines;
  }

  /**
   * One honour and grade granted to individuals or to collectives, in the period and in the one
   * before; {@code name} is the grade's name from the catalogue.
   */
  record HonourLine(
      HonourKind kind,
      String name,
      Recipient recipient,
      long current,
      long previous,
      String argument) {

    /** The key of the records behind this line's figure; {@link #argument()} names the line. */
    public String figure() {
      return HONOUR_GRANTED;
    }

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
                        g.kind(),
                        g.gradeName(),
                        g.recipient(),
                        now.count(g),
                        before.count(g),
                        g.honourCode() + ":" + g.grade() + ":" + g.recipient().name()))
            .toList();
  }

  /** The honour lines of one kind, for the page's two tables. */
  static List<HonourLine> honours(Review review, HonourKind kind) {
    return honours(review).stream().filter(line -> line.kind() == kind).toList();
  }

  @FunctionalInterface
  private interface Adder {
    void line(
        String section, String labelKey, String records, Function<ReviewFigures, Number> figure);
  }
}
