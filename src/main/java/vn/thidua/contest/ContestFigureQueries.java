package vn.thidua.contest;

import java.time.LocalDate;
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
class ContestFigureQueries implements ContestFigures {

  private static final String ENTRIES =
      """
      select pl.child_id, r.entrant_name as label, u.name as unit_name, c.finished_on as day,
             concat_ws(' – ', c.name, r.prize) as note, '/contests/' || c.id as href
        from contest_registration r
        join contest c on c.id = r.contest_id
        join placed pl on pl.unit_id = r.unit_id
        join org_unit u on u.id = r.unit_id
       where c.status = 'FINISHED' and c.finished_on between :from and :to
      """;

  private static final String TALLY_SQL =
      """
          , held as (
            select pl.child_id, count(*) as contests
              from contest c
              join placed pl on pl.unit_id = c.unit_id
             where c.status = 'FINISHED' and c.finished_on between :from and :to
             group by pl.child_id
          ), entered as (
            select pl.child_id, count(*) as entries, count(r.prize) as prizes
              from contest_registration r
              join contest c on c.id = r.contest_id
              join placed pl on pl.unit_id = r.unit_id
             where c.status = 'FINISHED' and c.finished_on between :from and :to
             group by pl.child_id
          )
          select coalesce(h.child_id, e.child_id) as child_id, coalesce(h.contests, 0) as contests,
                 coalesce(e.entries, 0) as entries, coalesce(e.prizes, 0) as prizes
            from held h
            full join entered e on coalesce(e.child_id, 0) = coalesce(h.child_id, 0)
          """;

  /** The records behind each figure, exactly those TALLY_SQL counts, after {@code placed}. */
  private static final Map<String, String> RECORDS =
      Map.of(
          "held",
          """
          select pl.child_id, c.name as label, u.name as unit_name, c.finished_on as day,
                 null as note, '/contests/' || c.id as href
            from contest c
            join placed pl on pl.unit_id = c.unit_id
            join org_unit u on u.id = c.unit_id
           where c.status = 'FINISHED' and c.finished_on between :from and :to
          """,
          "entries",
          ENTRIES,
          "prizes",
          ENTRIES + " and r.prize is not null");

  /* The ledger's figures (V66): what TALLY_SQL counts, kept by the tables' triggers. */
  private static final String HELD_FIGURE = "contests/held";
  private static final String ENTRIES_FIGURE = "contests/entries";
  private static final String PRIZES_FIGURE = "contests/prizes";

  private final JdbcClient jdbc;
  private final Tallies tallies;

  ContestFigureQueries(JdbcClient jdbc, Tallies tallies) {
    this.jdbc = jdbc;
    this.tallies = tallies;
  }

  @Override
  public List<ContestTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return tallies.covers(subtree, from, to)
        ? fromLedger(subtree, from, to)
        : counted(subtree, from, to);
  }

  /** From the ledger: whole months, by unit below. */
  List<ContestTally> fromLedger(Subtree subtree, LocalDate from, LocalDate to) {
    Map<Long, Map<String, Long>> sums = new LinkedHashMap<>();
    for (Tallies.Tally tally : tallies.sum(subtree, from, to, "contests/")) {
      sums.computeIfAbsent(tally.childId(), child -> new HashMap<>())
          .put(tally.figure(), tally.amount());
    }
    return sums.entrySet().stream()
        .map(
            child ->
                new ContestTally(
                    child.getKey(),
                    child.getValue().getOrDefault(HELD_FIGURE, 0L),
                    child.getValue().getOrDefault(ENTRIES_FIGURE, 0L),
                    child.getValue().getOrDefault(PRIZES_FIGURE, 0L)))
        .toList();
  }

  /** Counts the records: any period and grouping. */
  List<ContestTally> counted(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + TALLY_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new ContestTally(
                    rs.getObject("child_id", Long.class),
                    rs.getLong("contests"),
                    rs.getLong("entries"),
                    rs.getLong("prizes")))
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
