package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The target each unit is measured against: what it pledged in an approved registration, or else
 * the movement's own target for the criterion.
 */
@Component
class UnitTargets {

  private final JdbcClient jdbc;

  UnitTargets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Approved pledges by unit and criterion. */
  Map<Long, Map<Long, BigDecimal>> approvedPledges(long movementId) {
    record Row(long unitId, long criterionId, BigDecimal target) {}
    List<Row> rows =
        jdbc.sql(
                """
                select r.unit_id, t.criterion_id, t.target
                  from registration r
                  join registration_target t on t.registration_id = r.id
                 where r.movement_id = :movement and r.status = 'APPROVED'
                """)
            .param("movement", movementId)
            .query(Row.class)
            .list();
    Map<Long, Map<Long, BigDecimal>> pledges = new HashMap<>();
    for (Row row : rows) {
      pledges
          .computeIfAbsent(row.unitId(), unit -> new HashMap<>())
          .put(row.criterionId(), row.target());
    }
    return pledges;
  }

  static BigDecimal of(
      Map<Long, Map<Long, BigDecimal>> pledges, long unitId, MovementView.CriterionView criterion) {
    return pledges.getOrDefault(unitId, Map.of()).getOrDefault(criterion.id(), criterion.target());
  }
}
