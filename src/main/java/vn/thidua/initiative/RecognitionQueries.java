package vn.thidua.initiative;

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
class RecognitionQueries implements RecognisedInitiatives {

  private static final String SELECT =
      """
      select i.id, i.title, i.unit_id, u.name as unit_name, r.level, r.decided_on,
             r.decision_number, ru.name as recognising_unit_name, %s as share, i.benefit_vnd
        from initiative i
        join initiative_review r on r.initiative_id = i.id
        join org_unit u on u.id = i.unit_id
        join org_unit ru on ru.id = r.unit_id
      """;

  private static final String RECOGNISED_IN_PERIOD =
      " r.outcome = 'RECOGNISED' and r.decided_on between :from and :to";

  private final JdbcClient jdbc;
  private final OrgUnits units;

  RecognitionQueries(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @Override
  public List<Recognition> ofPerson(long personId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            SELECT.formatted("a.share")
                + " join initiative_author a on a.initiative_id = i.id and a.person_id = :person"
                + " where"
                + RECOGNISED_IN_PERIOD
                + " order by r.decided_on, i.id, r.id")
        .param("person", personId)
        .param("from", from)
        .param("to", to)
        .query(RecognitionQueries::recognition)
        .list();
  }

  @Override
  public List<Recognition> ofUnit(long unitId, LocalDate from, LocalDate to) {
    String path = units.require(unitId).path();
    return jdbc.sql(
            SELECT.formatted("null::numeric")
                + " where u.path >= :prefix and u.path < :upper and"
                + RECOGNISED_IN_PERIOD
                + " order by r.decided_on, i.id, r.id")
        .param("prefix", path)
        .param("upper", OrgUnits.pathUpperBound(path))
        .param("from", from)
        .param("to", to)
        .query(RecognitionQueries::recognition)
        .list();
  }

  private static Recognition recognition(ResultSet rs, int n) throws SQLException {
    return new Recognition(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getLong("unit_id"),
        rs.getString("unit_name"),
        RecognitionLevel.valueOf(rs.getString("level")),
        rs.getObject("decided_on", LocalDate.class),
        rs.getString("decision_number"),
        rs.getString("recognising_unit_name"),
        rs.getObject("share", BigDecimal.class),
        rs.getObject("benefit_vnd", Long.class));
  }
}
