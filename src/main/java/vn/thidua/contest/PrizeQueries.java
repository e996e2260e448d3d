package vn.thidua.contest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;

@Service
@Transactional(readOnly = true)
class PrizeQueries implements ContestPrizes {

  private static final String SELECT =
      """
      select c.id, c.name, c.trade, c.unit_id as organiser_id, o.name as organiser_name,
             c.finished_on, r.prize, r.final_rank, r.final_score, r.entrant_name,
             r.team_name is not null as team, r.unit_id, u.name as unit_name
        from contest_registration r
        join contest c on c.id = r.contest_id
        join org_unit o on o.id = c.unit_id
        join org_unit u on u.id = r.unit_id
       where c.status = 'FINISHED' and r.prize is not null
         and c.finished_on between :from and :to
      """;

  private final JdbcClient jdbc;
  private final OrgUnits units;

  PrizeQueries(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @Override
  public List<PrizeWon> ofPerson(long personId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            SELECT
                + """
                  and (r.person_id = :person
                       or exists (select 1 from contest_team_member m
                                   where m.registration_id = r.id and m.person_id = :person))
                 order by c.finished_on, c.id
                """)
        .param("person", personId)
        .param("from", from)
        .param("to", to)
        .query(PrizeQueries::prize)
        .list();
  }

  @Override
  public List<PrizeWon> ofUnit(long unitId, LocalDate from, LocalDate to) {
    String path = units.require(unitId).path();
    return jdbc.sql(
            SELECT
                + " and u.path >= :prefix and u.path < :upper order by c.finished_on, c.id, r.final_rank")
        .param("prefix", path)
        .param("upper", OrgUnits.pathUpperBound(path))
        .param("from", from)
        .param("to", to)
        .query(PrizeQueries::prize)
        .list();
  }

  private static PrizeWon prize(ResultSet rs, int n) throws SQLException {
    return new PrizeWon(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("trade"),
        rs.getLong("organiser_id"),
        rs.getString("organiser_name"),
        rs.getObject("finished_on", LocalDate.class),
        rs.getString("prize"),
        rs.getInt("final_rank"),
        rs.getObject("final_score", BigDecimal.class),
        rs.getString("entrant_name"),
        rs.getBoolean("team"),
        rs.getLong("unit_id"),
        rs.getString("unit_name"));
  }
}
