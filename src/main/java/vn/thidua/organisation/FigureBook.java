package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.infra.CustomPlans;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.FigureRecordQuery;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class FigureBook implements UnitFigures {

  /**
   * One row per unit directly below the root (child_id), plus the root's own row (child_id null):
   * what stood under it on the day. Each row adds the unit's own placement and figures on the day
   * to the sum of the rollup_delta rows under it up to the day (V67: kept by triggers, by year,
   * month and day), so it reads a few rows per child however large the subtree. The answers are
   * those of the placements valid on the day whose path lies under the root, joined to the figures
   * valid on the day and grouped by the path's unit below the root.
   */
  static final String ROLL_UP_SQL =
      """
      select case when c.unit_id = :unit then null else c.unit_id end as child_id,
             o.grassroots_units + coalesce(s.units, 0) as grassroots_units,
             o.workers + coalesce(s.workers, 0) as workers,
             o.women_workers + coalesce(s.women_workers, 0) as women_workers,
             o.members + coalesce(s.members, 0) as members,
             o.women_members + coalesce(s.women_members, 0) as women_members
        from unit_placement c
       cross join lateral (
              select count(*) filter (where l.grassroots) as grassroots_units,
                     coalesce(sum(f.workers), 0) as workers,
                     coalesce(sum(f.women_workers), 0) as women_workers,
                     coalesce(sum(f.members), 0) as members,
                     coalesce(sum(f.women_members), 0) as women_members
                from org_unit u
                join unit_level l on l.id = u.level_id
                left join unit_figures f
                       on f.unit_id = u.id
                      and f.valid_from <= :d and (f.valid_to is null or f.valid_to > :d)
               where u.id = c.unit_id) o
        left join lateral (
              select sum(r.units) as units, sum(r.workers) as workers,
                     sum(r.women_workers) as women_workers, sum(r.members) as members,
                     sum(r.women_members) as women_members
                from (select * from rollup_delta
                       where node_id = c.unit_id and grain = 'Y' and period < :yearStart
                      union all
                      select * from rollup_delta
                       where node_id = c.unit_id and grain = 'M'
                         and period >= :yearStart and period < :monthStart
                      union all
                      select * from rollup_delta
                       where node_id = c.unit_id and grain = 'D'
                         and period >= :monthStart and period <= :d) r
               where c.unit_id <> :unit) s on true
       where c.valid_from <= :d and (c.valid_to is null or c.valid_to > :d)
         and ((c.unit_id = :unit and c.path = :prefix)
              or (c.parent_id = :unit and c.path = :prefix || c.unit_id || '/'))
      """;

  /**
   * The units of a grouped subtree that still stood on its date, with their figures then; the units
   * placed where they stood on their last day have ended and count nothing.
   */
  private static final String STANDING =
      """
        from placed pl
        join org_unit u on u.id = pl.unit_id
        join unit_level l on l.id = u.level_id
        left join unit_figures f
               on f.unit_id = pl.unit_id
              and f.valid_from <= :subtreeAsOf and (f.valid_to is null or f.valid_to > :subtreeAsOf)
       where (u.ended_on is null or u.ended_on > :subtreeAsOf)
      """;

  private static final Map<String, String> RECORDS =
      Map.of(
          "grassrootsUnits",
          """
          select pl.child_id, u.name as label, null as unit_name, u.founded_on as day,
                 (select s.name from sector s where s.id = u.sector_id) as note,
                 '/units/' || u.id as href
          """
              + STANDING
              + " and l.grassroots");

  private final JdbcClient jdbc;
  private final Placements placements;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;

  FigureBook(
      JdbcClient jdbc, Placements placements, OrgUnits units, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.placements = placements;
    this.units = units;
    this.events = events;
  }

  @Override
  @Transactional
  public void record(long unitId, LocalDate from, Headcount headcount) {
    headcount.checked();
    UnitSummary unit = units.require(unitId);
    if (!unit.activeOn(from)) {
      throw DomainException.invalid("figures.unitNotActive", unit.name(), from);
    }
    lock(unitId);
    Optional<Headcount> before = sameDay(unitId, from);
    if (before.isPresent()) {
      jdbc.sql(
              """
              update unit_figures
                 set workers = :w, women_workers = :ww, members = :m, women_members = :wm,
                     recorded_by = :by, recorded_at = now()
               where unit_id = :unit and valid_from = :from
              """)
          .paramSource(params(unitId, from, headcount))
          .update();
    } else {
      LocalDate next =
          jdbc.sql(
                  "select min(valid_from) from unit_figures where unit_id = :unit and valid_from > :from")
              .param("unit", unitId)
              .param("from", from)
              .query(LocalDate.class)
              .optional()
              .orElse(null);
      jdbc.sql(
              "update unit_figures set valid_to = :from where unit_id = :unit"
                  + " and valid_from < :from and (valid_to is null or valid_to > :from)")
          .param("unit", unitId)
          .param("from", from)
          .update();
      jdbc.sql(
              """
              insert into unit_figures (unit_id, valid_from, valid_to, workers, women_workers,
                                        members, women_members, recorded_by)
              values (:unit, :from, :to, :w, :ww, :m, :wm, :by)
              """)
          .paramSource(params(unitId, from, headcount).addValue("to", next))
          .update();
    }
    events.publishEvent(
        EntityChanged.action(
            "UnitFigures",
            unitId + "@" + from,
            before.isPresent() ? "UPDATE" : "CREATE",
            unitId,
            before.orElse(null),
            headcount));
  }

  @Override
  public Optional<Headcount> ownOn(long unitId, LocalDate date) {
    return jdbc.sql(
            """
            select workers, women_workers, members, women_members from unit_figures
             where unit_id = :unit and valid_from <= :d and (valid_to is null or valid_to > :d)
            """)
        .param("unit", unitId)
        .param("d", date)
        .query(Headcount.class)
        .optional();
  }

  @Override
  public RollUp rollUp(long unitId, LocalDate date) {
    UnitSummary unit = units.require(unitId);
    Optional<Placement> placement = placements.at(unitId, date);
    if (placement.isEmpty()) {
      return new RollUp(unit, date, Totals.ZERO, List.of(), Totals.ZERO);
    }
    String prefix = placement.get().path();
    record Row(Long childId, Totals totals) {}
    List<Row> rows =
        jdbc.sql(ROLL_UP_SQL)
            .param("unit", unitId)
            .param("prefix", prefix)
            .param("d", date)
            .param("yearStart", date.withDayOfYear(1))
            .param("monthStart", date.withDayOfMonth(1))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("child_id", Long.class),
                        new Totals(
                            rs.getLong("grassroots_units"),
                            rs.getLong("workers"),
                            rs.getLong("women_workers"),
                            rs.getLong("members"),
                            rs.getLong("women_members"))))
            .list();
    Totals own =
        rows.stream()
            .filter(row -> row.childId() == null)
            .map(Row::totals)
            .findFirst()
            .orElse(Totals.ZERO);
    Map<Long, UnitSummary> childUnits =
        units.findAll(rows.stream().map(Row::childId).filter(id -> id != null).toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    List<RollUp.ChildTotals> children = new ArrayList<>();
    Totals total = own;
    for (Row row : rows) {
      if (row.childId() != null) {
        children.add(new RollUp.ChildTotals(childUnits.get(row.childId()), row.totals()));
        total = total.plus(row.totals());
      }
    }
    children.sort(Comparator.comparing(child -> child.unit().name()));
    return new RollUp(unit, date, own, List.copyOf(children), total);
  }

  @Override
  public List<GroupTotals> rollUp(Subtree subtree) {
    plannedForTheseValues();
    return jdbc.sql(
            "with "
                + subtree.placed()
                + """
                select pl.child_id,
                       count(*) filter (where l.grassroots) as grassroots_units,
                       coalesce(sum(f.workers), 0) as workers,
                       coalesce(sum(f.women_workers), 0) as women_workers,
                       coalesce(sum(f.members), 0) as members,
                       coalesce(sum(f.women_members), 0) as women_members
                """
                + STANDING
                + " group by pl.child_id")
        .params(subtree.parameters())
        .query(
            (rs, n) ->
                new GroupTotals(
                    rs.getObject("child_id", Long.class),
                    new Totals(
                        rs.getLong("grassroots_units"),
                        rs.getLong("workers"),
                        rs.getLong("women_workers"),
                        rs.getLong("members"),
                        rs.getLong("women_members"))))
        .list();
  }

  @Override
  public Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size) {
    String sql = "with " + subtree.placed() + FigureRecordQuery.statement(RECORDS, figure);
    return FigureRecordQuery.page(jdbc, sql, subtree.parameters(), childId, page, size);
  }

  /** A unit that ends keeps its figures up to the day before. */
  void closeOn(long unitId, LocalDate on) {
    jdbc.sql(
            "update unit_figures set valid_to = :on"
                + " where unit_id = :unit and valid_from < :on and (valid_to is null or valid_to > :on)")
        .param("unit", unitId)
        .param("on", on)
        .update();
  }

  /**
   * A plan cached for one subtree is wrong for another: the nation needs parallel hash joins, a
   * district an index scan. Planning this query afresh costs under a millisecond
   * (docs/PERFORMANCE.md).
   */
  private void plannedForTheseValues() {
    CustomPlans.forThisTransaction(jdbc);
  }

  private Optional<Headcount> sameDay(long unitId, LocalDate from) {
    return jdbc.sql(
            "select workers, women_workers, members, women_members from unit_figures"
                + " where unit_id = :unit and valid_from = :from")
        .param("unit", unitId)
        .param("from", from)
        .query(Headcount.class)
        .optional();
  }

  private void lock(long unitId) {
    jdbc.sql("select id from org_unit where id = :unit for update")
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }

  private static MapSqlParameterSource params(long unitId, LocalDate from, Headcount headcount) {
    return new MapSqlParameterSource()
        .addValue("unit", unitId)
        .addValue("from", from)
        .addValue("w", headcount.workers())
        .addValue("ww", headcount.womenWorkers())
        .addValue("m", headcount.members())
        .addValue("wm", headcount.womenMembers())
        .addValue("by", CurrentUser.name());
  }
}
