package vn.thidua.audit;

import java.sql.Types;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;

/** Writes one audit entry for every change a module announces. */
@Component
class AuditRecorder {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final OrgUnits units;

  AuditRecorder(JdbcClient jdbc, JsonMapper json, OrgUnits units) {
    this.jdbc = jdbc;
    this.json = json;
    this.units = units;
  }

  /**
   * A plain synchronous listener on purpose: it runs inside the publisher's transaction, so the
   * entry commits with the change and disappears with it when the change rolls back. An
   * asynchronous or after-commit listener could lose the entry of a committed change, or keep one
   * for a change that never happened; and if the entry cannot be written, the change fails too.
   */
  @EventListener
  @Transactional
  void record(EntityChanged change) {
    String unitPath =
        change.unitId() == null
            ? null
            : units.find(change.unitId()).map(UnitSummary::path).orElse(null);
    jdbc.sql(
            """
            insert into audit_event
                (actor, action, entity_type, entity_id, unit_id, unit_path, before, after)
            values (:actor, :action, :entityType, :entityId, :unitId, :unitPath,
                    cast(:before as jsonb), cast(:after as jsonb))
            """)
        .param("actor", CurrentUser.name())
        .param("action", change.action())
        .param("entityType", change.entityType())
        .param("entityId", change.entityId())
        .param("unitId", new SqlParameterValue(Types.BIGINT, change.unitId()))
        .param("unitPath", new SqlParameterValue(Types.VARCHAR, unitPath))
        .param("before", new SqlParameterValue(Types.VARCHAR, toJson(change.before())))
        .param("after", new SqlParameterValue(Types.VARCHAR, toJson(change.after())))
        .update();
  }

  private String toJson(Object state) {
    return state == null ? null : json.writeValueAsString(state);
  }
}
