package vn.thidua.movement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Tallies;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.FigureRecordQuery;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class MovementFigureQueries implements MovementFigures {

  /** Launches count by the day they were launched (Vietnam's calendar). */
  private static final String LAUNCHED =
      """
          , launched as (
            select pl.child_id,
                   count(*) filter (where m.kind = 'REGULAR') as regular,
                   count(*) filter (where m.kind = 'THEMATIC') as thematic,
                   count(*) filter (where m.kind = 'CAMPAIGN') as campaign
              from movement m
              join placed pl on pl.unit_id = m.organiser_id
             where m.status = 'LAUNCHED'
               and (m.launched_at at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to
             group by pl.child_id
          )
          """;

  /**
   * A registration counts once sent (not a draft) for a movement whose period meets the review's:
   * units registered (distinct) and registrations approved. The ledger keeps both in an encoding of
   * runs of months (V71, {@link #REGISTERED_FIGURES}); this count is the fallback for the other
   * groupings and periods.
   */
  private static final String REGISTERED =
      """
          , registered as (
            select pl.child_id, count(*) as units, sum(g.approved) as approved
              from (select r.unit_id, count(*) filter (where r.status = 'APPROVED') as approved
                      from registration r
                      join movement m on m.id = r.movement_id
                     where r.status <> 'DRAFT'
                       and m.starts_on <= :to and m.ends_on >= :from
                       and r.unit_id in (select unit_id from placed)
                     group by r.unit_id) g
              join placed pl on pl.unit_id = g.unit_id
             group by pl.child_id
          )
          """;

  private static final String TALLY_SQL =
      LAUNCHED
          + REGISTERED
          + """
          select coalesce(l.child_id, g.child_id) as child_id,
                 coalesce(l.regular, 0) as regular, coalesce(l.thematic, 0) as thematic,
                 coalesce(l.campaign, 0) as campaign,
                 coalesce(g.units, 0) as units, coalesce(g.approved, 0) as approved
            from launched l
            full join registered g on coalesce(g.child_id, 0) = coalesce(l.child_id, 0)
          """;

  /** The ledger's figures (V66): launches, by kind, as LAUNCHED counts them. */
  private static final String LAUNCHED_FIGURES = "movements/launched/";

  /**
   * The ledger's registration figures (V71), in the month s that begins each: {@code
   * units/<pe>/<e>}, one per run s..e of consecutive months the movements of a unit's sent
   * registrations cover, pe the last month of the unit's run before ({@code 0000-00} when none);
   * {@code approved/<e>}, one per approved registration for a movement covering s..e. Months are
   * written yyyy-MM.
   */
  private static final String REGISTERED_FIGURES = "movements/registered/";

  private static final String UNITS_FIGURES = REGISTERED_FIGURES + "units/";
  private static final String APPROVED_FIGURES = REGISTERED_FIGURES + "approved/";

  /** The records behind each figure, exactly those TALLY_SQL counts, after {@code placed}. */
  private static final Map<String, String> RECORDS =
      Map.of(
          "launched",
          """
          select pl.child_id, m.name as label, u.name as unit_name,
                 (m.launched_at at time zone 'Asia/Ho_Chi_Minh')::date as day, null as note,
                 '/movements/' || m.id as href
            from movement m
            join placed pl on pl.unit_id = m.organiser_id
            join org_unit u on u.id = m.organiser_id
           where m.status = 'LAUNCHED'
             and (m.launched_at at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to
          """,
          "unitsRegistered",
          """
          select pl.child_id, u.name as label, u.name as unit_name,
                 min((r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date) as day,
                 string_agg(m.name, '; ' order by m.name) as note, '/units/' || u.id as href
            from registration r
            join movement m on m.id = r.movement_id
            join placed pl on pl.unit_id = r.unit_id
            join org_unit u on u.id = r.unit_id
           where r.status <> 'DRAFT'
             and m.starts_on <= :to and m.ends_on >= :from
           group by pl.child_id, u.id, u.name
          """,
          "registrationsApproved",
          """
          select pl.child_id, u.name as label, u.name as unit_name,
                 (r.reviewed_at at time zone 'Asia/Ho_Chi_Minh')::date as day, m.name as note,
                 '/movements/' || m.id as href
            from registration r
            join movement m on m.id = r.movement_id
            join placed pl on pl.unit_id = r.unit_id
            join org_unit u on u.id = r.unit_id
           where r.status = 'APPROVED'
             and m.starts_on <= :to and m.ends_on >= :from
          """);

  private final JdbcClient jdbc;
  private final Tallies tallies;

  MovementFigureQueries(JdbcClient jdbc, Tallies tallies) {
    this.jdbc = jdbc;
    this.tallies = tallies;
  }

  @Override
  public List<MovementTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return tallies.covers(subtree, from, to)
        ? fromLedger(subtree, from, to)
        : counted(subtree, from, to);
  }

  /** Everything from the ledger. */
  List<MovementTally> fromLedger(Subtree subtree, LocalDate from, LocalDate to) {
    Map<Long, Map<String, Long>> sums = new LinkedHashMap<>();
    for (Tallies.Tally tally : tallies.sum(subtree, from, to, LAUNCHED_FIGURES)) {
      sums.computeIfAbsent(tally.childId(), child -> new HashMap<>())
          .put(tally.figure(), tally.amount());
    }
    String first = YearMonth.from(from).toString();
    for (Tallies.Tally tally : tallies.sumUpTo(subtree, to, REGISTERED_FIGURES)) {
      String counted = registeredFigure(tally.figure(), first);
      if (counted != null) {
        sums.computeIfAbsent(tally.childId(), child -> new HashMap<>())
            .merge(counted, tally.amount(), Long::sum);
      }
    }
    return sums.entrySet().stream()
        .map(
            child -> {
              Map<String, Long> sum = child.getValue();
              return new MovementTally(
                  child.getKey(),
                  sum.getOrDefault(LAUNCHED_FIGURES + MovementKind.REGULAR, 0L),
                  sum.getOrDefault(LAUNCHED_FIGURES + MovementKind.THEMATIC, 0L),
                  sum.getOrDefault(LAUNCHED_FIGURES + MovementKind.CAMPAIGN, 0L),
                  sum.getOrDefault(UNITS_FIGURES, 0L),
                  sum.getOrDefault(APPROVED_FIGURES, 0L));
            })
        .toList();
  }

  /**
   * What a registration figure of the months up to the period's last counts for a period beginning
   * in month {@code first} (yyyy-MM; the text order of months is their time order): {@link
   * #UNITS_FIGURES} for a unit's run that reaches the period after a run that ended before it (the
   * first run meeting the period: each unit once), {@link #APPROVED_FIGURES} for approved
   * registrations that reach it; null for neither.
   */
  static String registeredFigure(String figure, String first) {
    if (figure.startsWith(UNITS_FIGURES)) {
      String[] months = figure.substring(UNITS_FIGURES.length()).split("/");
      return months[0].compareTo(first) < 0 && months[1].compareTo(first) >= 0
          ? UNITS_FIGURES
          : null;
    }
    if (figure.startsWith(APPROVED_FIGURES)) {
      return figure.substring(APPROVED_FIGURES.length()).compareTo(first) >= 0
          ? APPROVED_FIGURES
          : null;
    }
    return null;
  }

  /** Counts the records: any period and grouping. */
  List<MovementTally> counted(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + TALLY_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new MovementTally(
                    rs.getObject("child_id", Long.class),
                    rs.getLong("regular"),
                    rs.getLong("thematic"),
                    rs.getLong("campaign"),
                    rs.getLong("units"),
                    rs.getLong("approved")))
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
    Map<String, Object> parameters = subtree.parameters(from, to);
    return FigureRecordQuery.page(jdbc, sql, parameters, childId, page, size);
  }
}
