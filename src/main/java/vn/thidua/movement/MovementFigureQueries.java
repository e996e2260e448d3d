package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;

@Service
@Transactional(readOnly = true)
class MovementFigureQueries implements MovementFigures {

  /**
   * Launches count by the day they were launched (Vietnam's calendar); a registration counts once
   * sent (not a draft) for a movement whose period meets the review's.
   */
  private static final String TALLY_SQL =
      "with "
          + Subtree.PLACED
          + """
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
          ), registered as (
            select pl.child_id,
                   count(distinct r.unit_id) as units,
                   count(*) filter (where r.status = 'APPROVED') as approved
              from registration r
              join movement m on m.id = r.movement_id
              join placed pl on pl.unit_id = r.unit_id
             where r.status <> 'DRAFT'
               and m.starts_on <= :to and m.ends_on >= :from
             group by pl.child_id
          )
          select coalesce(l.child_id, g.child_id) as child_id,
                 coalesce(l.regular, 0) as regular, coalesce(l.thematic, 0) as thematic,
                 coalesce(l.campaign, 0) as campaign,
                 coalesce(g.units, 0) as units, coalesce(g.approved, 0) as approved
            from launched l
            full join registered g on coalesce(g.child_id, 0) = coalesce(l.child_id, 0)
          """;

  private final JdbcClient jdbc;

  MovementFigureQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<MovementTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql(TALLY_SQL)
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
}
