package vn.thidua.report;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.thidua.honours.HonourFigures;
import vn.thidua.initiative.InitiativeFigures;
import vn.thidua.movement.MovementFigures;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class ReviewBuilder implements Reviews {

  private final OrgUnits units;
  private final Subtrees subtrees;
  private final UnitFigures unitFigures;
  private final MovementFigures movements;
  private final InitiativeFigures initiatives;
  private final ContestFigures contests;
  private final HonourFigures honours;
  private final Catalogue catalogue;
  private final FigureSources sources;
  private final Clock clock = Clock.system(Dates.VIETNAM);
  private final Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));

  ReviewBuilder(
      OrgUnits units,
      Subtrees subtrees,
      UnitFigures unitFigures,
      MovementFigures movements,
      InitiativeFigures initiatives,
      ContestFigures contests,
      HonourFigures honours,
      Catalogue catalogue,
      FigureSources sources) {
    this.units = units;
    this.subtrees = subtrees;
    this.unitFigures = unitFigures;
    this.movements = movements;
    this.initiatives = initiatives;
    this.contests = contests;
    this.honours = honours;
    this.catalogue = catalogue;
    this.sources = sources;
  }

  /**
   * Implemented here, not as the interface's default method, which would run outside this class's
   * read-only transaction: the subtree's plan setting and every statement share one connection.
   */
  @Override
  public Review build(long unitId, ReviewPeriod period) {
    return build(unitId, period, Breakdown.UNIT_BELOW);
  }

  @Override
  public Review build(long unitId, ReviewPeriod period, Breakdown by) {
    UnitSummary unit = units.requireVisible(unitId);
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = period.asOf(today);
    Map<Long, FigureSums> byChild = new LinkedHashMap<>();
    ReviewFigures current = figuresOf(unitId, period, asOf, by, byChild);

    ReviewPeriod previousPeriod = period.previous();
    ReviewFigures previous =
        figuresOf(
            unitId,
            previousPeriod,
            previousPeriod.asOf(today),
            Breakdown.UNIT_BELOW,
            new LinkedHashMap<>());

    return new Review(
        unit,
        period,
        asOf,
        current,
        previousPeriod,
        previous,
        switch (by) {
          case UNIT_BELOW -> rows(byChild);
          case SECTOR -> groupRows(byChild, sectorNames(byChild));
          case CLUSTER -> groupRows(byChild, clusterNames(unitId, period));
        },
        by);
  }

  @Override
  public RecordsHeading heading(long unitId, ReviewPeriod period, Breakdown by, Long group) {
    UnitSummary unit = units.requireVisible(unitId);
    String groupName = group == null || group == 0 ? null : groupName(unitId, period, by, group);
    return new RecordsHeading(unit, period, period.asOf(LocalDate.now(clock)), by, groupName);
  }

  private String groupName(long unitId, ReviewPeriod period, Breakdown by, long group) {
    return switch (by) {
      case UNIT_BELOW ->
          units
              .find(group)
              .filter(below -> units.canSee(below.id()))
              .map(UnitSummary::name)
              .orElse(null);
      case SECTOR ->
          catalogue.sectors().stream()
              .filter(sector -> sector.id() == group)
              .map(Catalogue.SectorView::name)
              .findFirst()
              .orElse(null);
      case CLUSTER -> clusterNames(unitId, period).get(group);
    };
  }

  @Override
  public Paged<FigureRecord> records(
      long unitId,
      ReviewPeriod period,
      Breakdown by,
      Long group,
      String figure,
      String argument,
      int page,
      int size) {
    units.requireVisible(unitId);
    Optional<Subtree> subtree = subtrees.find(unitId, period.asOf(LocalDate.now(clock)));
    if (subtree.isEmpty()) {
      return new Paged<>(List.of(), page, Paged.clampSize(size), 0);
    }
    return sources.records(
        figure,
        argument,
        grouped(subtree.get(), by, period),
        group,
        period.from(),
        period.to(),
        page,
        size);
  }

  /**
   * The subtree's figures over the period alone, without the period before or the breakdown, for
   * the unit the caller has already found visible.
   */
  ReviewFigures figures(long unitId, ReviewPeriod period) {
    return figuresOf(
        unitId,
        period,
        period.asOf(LocalDate.now(clock)),
        Breakdown.UNIT_BELOW,
        new LinkedHashMap<>());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The subtree's figures over the period with its recognised authors, filling {@code byChild} with
   * each row of the breakdown (key null: the root's own records, or the units in no sector or
   * cluster). The subtree as of {@code asOf} is located once for all of them.
   */
  private ReviewFigures figuresOf(
      long unitId,
      ReviewPeriod period,
      LocalDate asOf,
      Breakdown by,
      Map<Long, FigureSums> byChild) {
    Optional<Subtree> subtree = subtrees.find(unitId, asOf);
    long authors =
        subtree
            .map(found -> initiatives.recognisedAuthors(found, period.from(), period.to()))
            .orElse(0L);
    return sums(unitId, period, asOf, subtree.map(found -> grouped(found, by, period)), by, byChild)
        .figures(authors);
  }

  private FigureSums sums(
      long unitId,
      ReviewPeriod period,
      LocalDate asOf,
      Optional<Subtree> subtree,
      Breakdown by,
      Map<Long, FigureSums> byChild) {
    FigureSums whole = new FigureSums();
    RollUp rollUp = unitFigures.rollUp(unitId, asOf);
    whole.organisation(rollUp.total());
    if (by == Breakdown.UNIT_BELOW) {
      for (RollUp.ChildTotals child : rollUp.children()) {
        byChild
            .computeIfAbsent(child.unit().id(), id -> new FigureSums())
            .organisation(child.totals());
      }
      byChild.computeIfAbsent(null, id -> new FigureSums()).organisation(rollUp.own());
    } else if (subtree.isPresent()) {
      for (UnitFigures.GroupTotals group : unitFigures.rollUp(subtree.get())) {
        byChild
            .computeIfAbsent(group.childId(), id -> new FigureSums())
            .organisation(group.totals());
      }
    }
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
    for (var tally : honours.tally(subtree.get(), from, to)) {
      whole.add(tally);
      byChild.computeIfAbsent(tally.childId(), id -> new FigureSums()).add(tally);
    }
    return whole;
  }

  /** Clusters are those of the review's (last) year. */
  private static Subtree grouped(Subtree subtree, Breakdown by, ReviewPeriod period) {
    return subtree.groupedBy(Subtree.Grouping.valueOf(by.name()), period.to().getYear());
  }

  /**
   * A row for each sector or cluster named (those with no records too), by name, then the units in
   * none if they have any.
   */
  private List<Review.Row> groupRows(Map<Long, FigureSums> byGroup, Map<Long, String> names) {
    List<Review.Row> rows = new ArrayList<>();
    names.forEach(
        (id, name) ->
            rows.add(
                new Review.Row(
                    null, name, id, byGroup.getOrDefault(id, new FigureSums()).figures(null))));
    rows.sort(Comparator.comparing(Review.Row::label, vietnamese));
    FigureSums none = byGroup.get(null);
    if (none != null && !none.isEmpty()) {
      rows.add(new Review.Row(null, null, 0, none.figures(null)));
    }
    return rows;
  }

  /** The sectors with any figure; a cluster is listed even when empty, being the unit's own. */
  private Map<Long, String> sectorNames(Map<Long, FigureSums> bySector) {
    Map<Long, String> names = new HashMap<>();
    for (Catalogue.SectorView sector : catalogue.sectors()) {
      FigureSums sums = bySector.get(sector.id());
      if (sums != null && !sums.isEmpty()) {
        names.put(sector.id(), sector.name());
      }
    }
    return names;
  }

  private Map<Long, String> clusterNames(long unitId, ReviewPeriod period) {
    Map<Long, String> names = new HashMap<>();
    catalogue
        .clusters(unitId, period.to().getYear())
        .forEach(cluster -> names.put(cluster.id(), cluster.name()));
    return names;
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
