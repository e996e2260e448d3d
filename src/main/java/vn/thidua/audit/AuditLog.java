package vn.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class AuditLog implements AuditTrail {

  private static final String COLUMNS =
      "id, occurred_at, actor, action, entity_type, entity_id, unit_id,"
          + " before::text as before, after::text as after";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final OrgUnits units;

  AuditLog(JdbcClient jdbc, JsonMapper json, OrgUnits units) {
    this.jdbc = jdbc;
    this.json = json;
    this.units = units;
  }

  @Override
  public Paged<AuditEntry> search(AuditFilter filter, int page, int size) {
    if (page < 0 || size < 1 || size > Paged.MAX_SIZE) {
      throw DomainException.invalid("audit.badPage", Paged.MAX_SIZE);
    }
    AuditPeriod period = AuditPeriod.of(filter.from(), filter.to());
    String unitPath = filter.unitId() == null ? null : units.requireVisible(filter.unitId()).path();
    AuditScope scope = scope();
    if (scope.isEmpty()) {
      return new Paged<>(List.of(), page, size, 0);
    }
    AuditQuery query = AuditQuery.within(scope).matching(filter, period, unitPath);
    long total =
        jdbc.sql("select count(*) from audit_event where " + query.where())
            .params(query.params())
            .query(Long.class)
            .single();
    List<Row> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from audit_event where "
                    + query.where()
                    + " order by occurred_at desc, id desc limit :limit offset :offset")
            .params(query.params())
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(AuditLog::row)
            .list();
    return new Paged<>(entries(rows), page, size, total);
  }

  @Override
  public AuditEntry require(long id) {
    AuditScope scope = scope();
    AuditQuery query = AuditQuery.within(scope).withId(id);
    return jdbc.sql("select " + COLUMNS + " from audit_event where " + query.where())
        .params(query.params())
        .query(AuditLog::row)
        .optional()
        .map(row -> entries(List.of(row)).get(0))
        .orElseThrow(() -> DomainException.notFound("audit.notFound", id));
  }

  /** A loose index scan: one index probe per distinct type, however long the log grows. */
  @Override
  public List<String> entityTypes() {
    return jdbc.sql(
            """
            with recursive types (entity_type) as (
                select min(entity_type) from audit_event
                union all
                select (select min(entity_type) from audit_event a where a.entity_type > t.entity_type)
                from types t where t.entity_type is not null
            )
            select entity_type from types where entity_type is not null order by entity_type
            """)
        .query(String.class)
        .list();
  }

  private AuditScope scope() {
    boolean administersEverything =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .filter(grant -> grant.role() == Role.ADMIN)
            .anyMatch(grant -> units.find(grant.unitId()).map(this::isRoot).orElse(false));
    return new AuditScope(units.visiblePaths(), administersEverything);
  }

  private boolean isRoot(UnitSummary unit) {
    return unit.parentId() == null;
  }

  private List<AuditEntry> entries(List<Row> rows) {
    List<Long> unitIds =
        rows.stream().map(Row::unitId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> names =
        units.findAll(unitIds).stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    return rows.stream().map(row -> entry(row, names.get(row.unitId()))).toList();
  }

  private AuditEntry entry(Row row, String unitName) {
    JsonNode before = row.before() == null ? null : json.readTree(row.before());
    JsonNode after = row.after() == null ? null : json.readTree(row.after());
    ChangeDiff diff = ChangeDiff.between(before, after);
    return new AuditEntry(
        row.id(),
        row.occurredAt().atZoneSameInstant(ZONE).toOffsetDateTime(),
        row.actor(),
        row.action(),
        row.entityType(),
        row.entityId(),
        row.unitId(),
        unitName,
        before,
        after,
        diff.changes(),
        diff.unchangedFields());
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getObject("unit_id", Long.class),
        rs.getString("before"),
        rs.getString("after"));
  }

  private record Row(
      long id,
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      Long unitId,
      String before,
      String after) {}
}
