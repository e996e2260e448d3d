package vn.thidua.honours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The honour_rule table, with the parameters as a JSON object. */
@Repository
class RuleRows {

  /** A stored rule row. */
  record Row(
      long id,
      long honourId,
      String honourCode,
      Integer grade,
      Recipient recipient,
      RuleKind kind,
      Map<String, Object> params,
      int position,
      boolean active,
      RuleSeverity severity,
      int version) {}

  private static final String SELECT =
      """
      select r.id, r.honour_id, h.code, r.grade, r.recipient, r.kind, r.params::text as params,
             r.position, r.active, r.severity, r.version
        from honour_rule r
        join honour h on h.id = r.honour_id
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RuleRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<Row> ofHonour(long honourId) {
    return jdbc.sql(SELECT + " where r.honour_id = :honour order by r.position, r.id")
        .param("honour", honourId)
        .query(this::row)
        .list();
  }

  Optional<Row> find(long id) {
    return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::row).optional();
  }

  int nextPosition(long honourId) {
    return jdbc.sql("select coalesce(max(position), 0) + 1 from honour_rule where honour_id = :h")
        .param("h", honourId)
        .query(Integer.class)
        .single();
  }

  long insert(long honourId, RuleForm form, Map<String, Object> params, int position) {
    return jdbc.sql(
            """
            insert into honour_rule (honour_id, grade, recipient, kind, params, position, active,
                                     severity)
            values (:honour, :grade, :recipient, :kind, cast(:params as jsonb), :position, :active,
                    :severity)
            returning id
            """)
        .param("honour", honourId)
        .param("grade", form.grade(), java.sql.Types.INTEGER)
        .param(
            "recipient",
            form.recipient() == null ? null : form.recipient().name(),
            java.sql.Types.VARCHAR)
        .param("kind", form.kind().name())
        .param("params", json.writeValueAsString(params))
        .param("position", position)
        .param("active", form.active() == null || form.active())
        .param("severity", severity(form).name())
        .query(Long.class)
        .single();
  }

  /** Updates the row if it is still at the version edited; false when someone changed it since. */
  boolean update(long id, RuleForm form, Map<String, Object> params, int position) {
    return jdbc.sql(
                """
                update honour_rule
                   set grade = :grade, recipient = :recipient, params = cast(:params as jsonb),
                       position = :position, active = :active, severity = :severity,
                       version = version + 1
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", form.version())
            .param("grade", form.grade(), java.sql.Types.INTEGER)
            .param(
                "recipient",
                form.recipient() == null ? null : form.recipient().name(),
                java.sql.Types.VARCHAR)
            .param("params", json.writeValueAsString(params))
            .param("position", position)
            .param("active", form.active() == null || form.active())
            .param("severity", severity(form).name())
            .update()
        == 1;
  }

  private static RuleSeverity severity(RuleForm form) {
    return form.severity() == null ? RuleSeverity.BLOCK : form.severity();
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    String recipient = rs.getString("recipient");
    Map<String, Object> params =
        json.readValue(rs.getString("params"), new TypeReference<Map<String, Object>>() {});
    return new Row(
        rs.getLong("id"),
        rs.getLong("honour_id"),
        rs.getString("code"),
        rs.getObject("grade", Integer.class),
        recipient == null ? null : Recipient.valueOf(recipient),
        RuleKind.valueOf(rs.getString("kind")),
        params,
        rs.getInt("position"),
        rs.getBoolean("active"),
        RuleSeverity.valueOf(rs.getString("severity")),
        rs.getInt("version"));
  }
}
