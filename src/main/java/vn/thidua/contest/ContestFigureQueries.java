package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;

@Service
@Transactional(readOnly = true)
class ContestFigureQueries implements ContestFigures {

  private static final String TALLY_SQL =
      "with "
          + Subtree.PLACED
          + """
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

  private final JdbcClient jdbc;

  ContestFigureQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ContestTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql(TALLY_SQL)
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
}
