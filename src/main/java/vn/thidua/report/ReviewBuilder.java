package vn.thidua.report;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.contest.ContestFigures;
import vn.thidua.initiative.InitiativeFigures;
import vn.thidua.movement.MovementFigures;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitSummary;

@Service
@Transactional(readOnly = true)
class ReviewBuilder implements Reviews {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final OrgUnits units;
  private final Subtrees subtrees;
  private final UnitFigures unitFigures;
  private final MovementFigures movements;
  private final InitiativeFigures initiatives;
  private final ContestFigures contests;
  private final Clock clock = Clock.system(VIETNAM);
  private final Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));

  ReviewBuilder(
      OrgUnits units,
      Subtrees subtrees,
      UnitFigures unitFigures,
      MovementFigures movements,
      InitiativeFigures initiatives,
      ContestFigures contests) {
    this.units = units;
    this.subtrees = subtrees;
    this.unitFigures = unitFigures;
    this.movements = movements;
    this.initiatives = initiatives;
    this.contests = contests;
  }

  @Override
  public Review build(long unitId, ReviewPeriod period) {
    UnitSummary unit = units.requireVisible(unitId);
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = period.asOf(today);
    Map<Long, FigureSums> byChild = new LinkedHashMap<>();
    FigureSums whole = sums(unitId, period, asOf, byChild);
    Long authors = authors(unitId, period, asOf);

    ReviewPeriod previousPeriod = period.previous();
    FigureSums before =
        sums(unitId, previousPeriod, previousPeriod.asOf(today), new LinkedHashMap<>());
    Long authorsBefore = authors(unitId, previousPeriod, previousPeriod.asOf(today));

    return new Review(
        unit,
        period,
        asOf,
        whole.figures(authors),
        previousPeriod,
        before.figures(authorsBefore),
        rows(byChild));
  }

  /**
   * The subtree's figures over the period alone, without the period before or the breakdown, for
   * the unit the caller has already found visible.
   */
  ReviewFigures figures(long unitId, ReviewPeriod period) {
    LocalDate asOf = period.asOf(LocalDate.now(clock));
    return sums(unitId, period, asOf, new LinkedHashMap<>()).figures(authors(unitId, period, asOf));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The subtree's figures over the period, filling {@code byChild} with each unit directly below
   * (key null: the root's own records).
   */
  private FigureSums sums(
      long unitId, ReviewPeriod period, LocalDate asOf, Map<Long, FigureSums> byChild) {
    FigureSums whole = new FigureSums();
    RollUp rollUp = unitFigures.rollUp(unitId, asOf);
    whole.organisation(rollUp.total());
    for (RollUp.ChildTotals child : rollUp.children()) {
      byChild
          .computeIfAbsent(child.unit().id(), id -> new FigureSums())
          .organisation(child.totals());
    }
    byChild.computeIfAbsent(null, id -> new FigureSums()).organisation(rollUp.own());
    Optional<Subtree> subtree = subtrees.find(unitId, asOf);
    if (subtree.isEmpty()) {
      return whole;
    }
    LocalDate from = period.from();
    LocalDate to = period.to();
    for (var tally : movements.tally(subtree.get(), from, to)) {
      whole.add(tally);
      byChild.computeIfAbsent(tally.childId(), id -> new FigureSums()).add(tally);
    }
    for (var tally : initiatives.tally(subtree.get(), from, to)) {
      whole.add(tally);
      byChild.computeIfAbsent(tally.childId(), id -> new FigureSums()).add(tally);
    }
    for (var tally : contests.tally(subtree.get(), from, to)) {
      whole.add(tally);
      byChild.computeIfAbsent(tally.childId(), id -> new FigureSums()).add(tally);
    }
    return whole;
  }

  private Long authors(long unitId, ReviewPeriod period, LocalDate asOf) {
    return subtrees
        .find(unitId, asOf)
        .map(subtree -> initiatives.recognisedAuthors(subtree, period.from(), period.to()))
        .orElse(0L);
  }

  /** Units below by name, then the root's own records if it has any. */
  private List<Review.Row> rows(Map<Long, FigureSums> byChild) {
    Map<Long, UnitSummary> named = new HashMap<>();
    units
        .findAll(byChild.keySet().stream().filter(Objects::nonNull).toList())
        .forEach(child -> named.put(child.id(), child));
    List<Review.Row> rows = new ArrayList<>();
    byChild.forEach(
        (childId, sums) -> {
          if (childId != null && named.containsKey(childId)) {
            rows.add(new Review.Row(named.get(childId), sums.figures(null)));
          }
        });
    rows.sort(Comparator.comparing(row -> row.unit().name(), vietnamese));
    FigureSums own = byChild.get(null);
    if (own != null && !own.isEmpty()) {
      rows.add(new Review.Row(null, own.figures(null)));
    }
    return rows;
  }
}
