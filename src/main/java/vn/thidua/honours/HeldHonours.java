package vn.thidua.honours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.people.PersonColumns;

/** The honour_held table, read and written with plain SQL. */
@Repository
class HeldHonours {

  private static final String SELECT =
      """
      select hh.id, h.code, hh.grade, coalesce(g.name, h.name) as grade_name, hh.recipient,
             hh.person_id, hh.unit_id, hh.year, hh.granting_unit_id, hh.decision_id, hh.revoked
        from honour_held hh
        join honour h on h.id = hh.honour_id
        left join honour_grade g on g.honour_id = hh.honour_id and g.grade = hh.grade
      """;

  private final JdbcClient jdbc;

  HeldHonours(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<HonourHeld> ofPerson(long personId, int fromYear, int toYear) {
    return jdbc.sql(
            SELECT
                + " where hh.person_id = :holder and hh.year between :from and :to"
                + " order by hh.year, h.code, hh.grade, hh.id")
        .param("holder", personId)
        .param("from", fromYear)
        .param("to", toYear)
        .query(HeldHonours::row)
        .list();
  }

  List<HonourHeld> ofUnit(long unitId, int fromYear, int toYear) {
    return jdbc.sql(
            SELECT
                + " where hh.unit_id = :holder and hh.year between :from and :to"
                + " order by hh.year, h.code, hh.grade, hh.id")
        .param("holder", unitId)
        .param("from", fromYear)
        .param("to", toYear)
        .query(HeldHonours::row)
        .list();
  }

  HonourHeld get(long id) {
    return jdbc.sql(SELECT + " where hh.id = :id").param("id", id).query(HeldHonours::row).single();
  }

  List<HonourHeld> ofDecision(long decisionId) {
    return jdbc.sql(SELECT + " where hh.decision_id = :decision order by hh.id")
        .param("decision", decisionId)
        .query(HeldHonours::row)
        .list();
  }

  /**
   * Whether the holder already holds this honour and grade in the year, not revoked: for a title at
   * all, for an award from the same decision (or, by hand, with no decision).
   */
  boolean alreadyHeld(long honourId, HonourKind kind, HonourAward award) {
    return jdbc.sql(
            """
            select exists (
              select 1 from honour_held
               where honour_id = :honour and grade = :grade and year = :year and not revoked
                 and person_id is not distinct from :person
                 and unit_id is not distinct from :unit
                 and (:title or decision_id is not distinct from :decision))
            """)
        .param("honour", honourId)
        .param("grade", award.grade())
        .param("year", award.year())
        .param("person", award.personId(), java.sql.Types.BIGINT)
        .param("unit", award.collectiveUnitId(), java.sql.Types.BIGINT)
        .param("title", kind == HonourKind.TITLE)
        .param("decision", award.decisionId(), java.sql.Types.BIGINT)
        .query(Boolean.class)
        .single();
  }

  /**
   * Records the honour with the person's facts as the registry holds them today (see V34); a
   * trigger records whether a collective is a small one (V64).
   */
  long insert(long honourId, HonourAward award, long holderUnitId, String recordedBy) {
    return jdbc.sql(
            """
            insert into honour_held (honour_id, grade, recipient, person_id, unit_id, holder_unit_id,
                                     year, granted_on, granting_unit_id, decision_id, recorded_by,
                                     direct_worker, woman)
            select :honour, :grade, :recipient, :person, :unit, :holderUnit,
                   :year, :grantedOn, :grantingUnit, :decision, :recordedBy,
            """
                + PersonColumns.directWorker("hp")
                + ", "
                + PersonColumns.woman("hp")
                + " from (select 1) one"
                + PersonColumns.join("hp", ":person")
                + " returning id")
        .param("honour", honourId)
        .param("grade", award.grade())
        .param("recipient", award.recipient().name())
        .param("person", award.personId(), java.sql.Types.BIGINT)
        .param("unit", award.collectiveUnitId(), java.sql.Types.BIGINT)
        .param("holderUnit", holderUnitId)
        .param("year", award.year())
        .param("grantedOn", award.grantedOn())
        .param("grantingUnit", award.grantingUnitId())
        .param("decision", award.decisionId(), java.sql.Types.BIGINT)
        .param("recordedBy", recordedBy)
        .query(Long.class)
        .single();
  }

  /** Marks the decision's honours revoked and returns those it changed, with their holder units. */
  List<Map<String, Object>> revoke(long decisionId) {
    return jdbc.sql(
            """
            update honour_held set revoked = true
             where decision_id = :decision and not revoked
            returning id, holder_unit_id
            """)
        .param("decision", decisionId)
        .query()
        .listOfRows();
  }

  private static HonourHeld row(ResultSet rs, int n) throws SQLException {
    return new HonourHeld(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getInt("grade"),
        rs.getString("grade_name"),
        Recipient.valueOf(rs.getString("recipient")),
        rs.getObject("person_id", Long.class),
        rs.getObject("unit_id", Long.class),
        rs.getInt("year"),
        rs.getLong("granting_unit_id"),
        rs.getObject("decision_id", Long.class),
        rs.getBoolean("revoked"));
  }
}
