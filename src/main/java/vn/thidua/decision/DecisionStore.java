package vn.thidua.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;

/** Reads and writes decisions and their lines with plain SQL. */
@Repository
class DecisionStore {

  private static final String SELECT =
      """
      select d.*, u.name as issuing_unit_name
        from decision d join org_unit u on u.id = d.issuing_unit_id
      """;

  private final JdbcClient jdbc;
  private final ShortCodes codes;

  DecisionStore(JdbcClient jdbc, ShortCodes codes) {
    this.jdbc = jdbc;
    this.codes = codes;
  }

  long insert(
      long issuingUnitId,
      DecisionKind kind,
      Long targetId,
      DraftRules.Heading heading,
      String symbol,
      String by) {
    return jdbc.sql(
            """
            insert into decision (issuing_unit_id, year, kind, target_decision_id, symbol, subject,
                                  bases, signer_name, signer_position, created_by)
            values (:unit, :year, :kind, :target, :symbol, :subject, :bases, :signer, :position, :by)
            returning id
            """)
        .param("unit", issuingUnitId)
        .param("year", heading.year())
        .param("kind", kind.name())
        .param("target", targetId)
        .param("symbol", symbol)
        .param("subject", heading.subject())
        .param("bases", heading.basesText())
        .param("signer", heading.signerName())
        .param("position", heading.signerPosition())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  Optional<DecisionRow> find(long id) {
    return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::row).optional();
  }

  /** The row, locked until the transaction ends, so that edits and issuing take turns. */
  Optional<DecisionRow> lock(long id) {
    jdbc.sql("select id from decision where id = :id for update")
        .param("id", id)
        .query(Long.class)
        .optional();
    return find(id);
  }

  /** Checks the version the caller edits and moves it on; a stale version is a concurrent edit. */
  void bumpVersion(DecisionRow row, int version) {
    int updated =
        jdbc.sql("update decision set version = version + 1 where id = :id and version = :version")
            .param("id", row.id())
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new ObjectOptimisticLockingFailureException("Decision", row.id());
    }
  }

  void updateHeading(long id, long issuingUnitId, DraftRules.Heading heading, String symbol) {
    jdbc.sql(
            """
            update decision set issuing_unit_id = :unit, year = :year, symbol = :symbol,
                   subject = :subject, bases = :bases, signer_name = :signer,
                   signer_position = :position
             where id = :id and status = 'DRAFT'
            """)
        .param("id", id)
        .param("unit", issuingUnitId)
        .param("year", heading.year())
        .param("symbol", symbol)
        .param("subject", heading.subject())
        .param("bases", heading.basesText())
        .param("signer", heading.signerName())
        .param("position", heading.signerPosition())
        .update();
  }

  void markIssued(
      long id, int numberYear, int number, String symbol, LocalDate signedOn, String by) {
    jdbc.sql(
            """
            update decision set status = 'ISSUED', number_year = :numberYear, number = :number,
                   symbol = :symbol, signed_on = :signedOn, issued_at = now(), issued_by = :by
             where id = :id and status = 'DRAFT'
            """)
        .param("id", id)
        .param("numberYear", numberYear)
        .param("number", number)
        .param("symbol", symbol)
        .param("signedOn", signedOn)
        .param("by", by)
        .update();
  }

  void markSuperseded(long id, DecisionStatus status, long byDecisionId) {
    jdbc.sql(
            """
            update decision set status = :status, superseded_by_id = :by, version = version + 1
             where id = :id and status = 'ISSUED'
            """)
        .param("id", id)
        .param("status", status.name())
        .param("by", byDecisionId)
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from decision_line where decision_id = :id").param("id", id).update();
    jdbc.sql("delete from decision where id = :id and status = 'DRAFT'").param("id", id).update();
  }

  void replaceLines(long decisionId, List<LineContent> lines) {
    jdbc.sql("delete from decision_line where decision_id = :id").param("id", decisionId).update();
    int position = 0;
    for (LineContent line : lines) {
      insertLine(decisionId, ++position, line);
    }
  }

  void appendLine(long decisionId, LineContent line) {
    int position =
        jdbc.sql("select coalesce(max(position), 0) + 1 from decision_line where decision_id = :id")
            .param("id", decisionId)
            .query(Integer.class)
            .single();
    insertLine(decisionId, position, line);
  }

  int removeLine(long decisionId, long lineId) {
    return jdbc.sql("delete from decision_line where id = :line and decision_id = :id")
        .param("line", lineId)
        .param("id", decisionId)
        .update();
  }

  private void insertLine(long decisionId, int position, LineContent line) {
    jdbc.sql(
            """
            insert into decision_line (decision_id, position, honour_code, grade, honour_name,
                                       honour_kind, recipient, person_id, collective_unit_id,
                                       awardee_name, awardee_search_name, workplace_unit_id,
                                       workplace_name, job_title, citation, nomination_id,
                                       short_code)
            values (:decision, :position, :code, :grade, :honourName, :honourKind, :recipient,
                    :person, :collective, :name, :searchName, :workplace, :workplaceName,
                    :jobTitle, :citation, :nomination, :shortCode)
            """)
        .param("decision", decisionId)
        .param("position", position)
        .param("code", line.honourCode())
        .param("grade", line.grade())
        .param("honourName", line.honourName())
        .param("honourKind", line.honourKind().name())
        .param("recipient", line.recipient().name())
        .param("person", line.personId())
        .param("collective", line.collectiveUnitId())
        .param("name", line.awardeeName())
        .param("searchName", vn.thidua.shared.text.SearchText.fold(line.awardeeName()))
        .param("workplace", line.workplaceUnitId())
        .param("workplaceName", line.workplaceName())
        .param("jobTitle", line.jobTitle())
        .param("citation", line.citation())
        .param("nomination", line.nominationId())
        .param("shortCode", codes.fresh())
        .update();
  }

  List<AwardeeLine> lines(long decisionId) {
    return jdbc.sql("select * from decision_line where decision_id = :id order by position")
        .param("id", decisionId)
        .query(DecisionStore::line)
        .list();
  }

  Optional<AwardeeLine> lineByCode(String code) {
    return jdbc.sql("select * from decision_line where short_code = :code")
        .param("code", code)
        .query(DecisionStore::line)
        .optional();
  }

  Optional<Long> decisionOfLine(long lineId) {
    return jdbc.sql("select decision_id from decision_line where id = :id")
        .param("id", lineId)
        .query(Long.class)
        .optional();
  }

  static AwardeeLine line(ResultSet rs, int row) throws SQLException {
    return new AwardeeLine(
        rs.getLong("id"),
        rs.getInt("position"),
        rs.getString("honour_code"),
        rs.getInt("grade"),
        rs.getString("honour_name"),
        HonourKind.valueOf(rs.getString("honour_kind")),
        Recipient.valueOf(rs.getString("recipient")),
        rs.getObject("person_id", Long.class),
        rs.getObject("collective_unit_id", Long.class),
        rs.getString("awardee_name"),
        rs.getLong("workplace_unit_id"),
        rs.getString("workplace_name"),
        rs.getString("job_title"),
        rs.getString("citation"),
        rs.getObject("nomination_id", Long.class),
        rs.getString("short_code"));
  }

  DecisionRow row(ResultSet rs, int row) throws SQLException {
    java.sql.Timestamp issuedAt = rs.getTimestamp("issued_at");
    return new DecisionRow(
        rs.getLong("id"),
        rs.getLong("issuing_unit_id"),
        rs.getString("issuing_unit_name"),
        rs.getInt("year"),
        DecisionKind.valueOf(rs.getString("kind")),
        rs.getObject("target_decision_id", Long.class),
        DecisionStatus.valueOf(rs.getString("status")),
        rs.getObject("number_year", Integer.class),
        rs.getObject("number", Integer.class),
        rs.getString("symbol"),
        rs.getString("subject"),
        rs.getString("bases"),
        rs.getString("signer_name"),
        rs.getString("signer_position"),
        rs.getObject("signed_on", LocalDate.class),
        issuedAt == null ? null : issuedAt.toInstant(),
        rs.getString("issued_by"),
        rs.getObject("superseded_by_id", Long.class),
        rs.getInt("version"));
  }
}
