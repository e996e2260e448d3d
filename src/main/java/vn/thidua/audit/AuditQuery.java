package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.organisation.OrgUnits;

/**
 * The where clause of a query on the log with its parameters. Subtrees are path ranges ({@code
 * unit_path >= '/1/7/' and unit_path < '/1/70'}), which the b-tree index on unit_path answers.
 */
final class AuditQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  private AuditQuery() {}

  static AuditQuery within(AuditScope scope) {
    AuditQuery query = new AuditQuery();
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < scope.paths().size(); i++) {
      alternatives.add(query.pathRange("scope" + i, scope.paths().get(i)));
    }
    if (scope.unitlessEntries()) {
      alternatives.add("unit_path is null");
    }
    query.conditions.add(
        alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")");
    return query;
  }

  AuditQuery matching(AuditFilter filter, AuditPeriod period, String unitPath) {
    if (unitPath != null) {
      conditions.add(pathRange("unit", unitPath));
    }
    equal("actor", "actor", filter.actor());
    equal("entity_type", "entityType", filter.entityType());
    equal("entity_id", "entityId", filter.entityId());
    if (period.start() != null) {
      conditions.add("occurred_at >= :start");
      params.put("start", period.start());
    }
    if (period.end() != null) {
      conditions.add("occurred_at < :end");
      params.put("end", period.end());
    }
    return this;
  }

  AuditQuery withId(long id) {
    return equal("id", "id", id);
  }

  String where() {
    return String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }

  private AuditQuery equal(String column, String name, Object value) {
    if (value != null) {
      conditions.add(column + " = :" + name);
      params.put(name, value);
    }
    return this;
  }

  private String pathRange(String name, String prefix) {
    params.put(name, prefix);
    params.put(name + "Upper", OrgUnits.pathUpperBound(prefix));
    return "(unit_path >= :" + name + " and unit_path < :" + name + "Upper)";
  }
}
