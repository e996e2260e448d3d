package vn.thidua.initiative;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The criteria each unit's council publishes for scoring initiatives; the standard set where a unit
 * published none.
 */
@Component
class CriteriaBook {

  private final JdbcClient jdbc;

  CriteriaBook(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ReviewCriterion> publishedBy(long unitId) {
    List<ReviewCriterion> own = read("unit_id = :unit", unitId);
    return own.isEmpty() ? read("unit_id is null", unitId) : own;
  }

  private List<ReviewCriterion> read(String condition, long unitId) {
    return jdbc.sql(
            "select name, max_points from initiative_criterion where "
                + condition
                + " order by position")
        .param("unit", unitId)
        .query((rs, n) -> new ReviewCriterion(rs.getString("name"), rs.getInt("max_points")))
        .list();
  }
}
