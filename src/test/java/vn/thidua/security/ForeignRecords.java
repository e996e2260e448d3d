package vn.thidua.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.testing.Fixtures;

/**
 * Two provinces: the officer's own, and another one holding one record of every kind. Path
 * variables and request bodies name the other province's records.
 */
@Component
class ForeignRecords {

  record World(
      long ownProvince,
      Map<String, Object> variables,
      String jsonBody,
      Map<String, String> formParams) {}

  private final Fixtures fixtures;
  private final JdbcClient jdbc;

  ForeignRecords(Fixtures fixtures, JdbcClient jdbc) {
    this.fixtures = fixtures;
    this.jdbc = jdbc;
  }

  World world() {
    long own = fixtures.province("Tỉnh của cán bộ");
    long other = fixtures.province("Tỉnh khác");
    long otherDistrict = fixtures.unit(other, "Huyện khác", "DISTRICT");
    long otherUnit = fixtures.grassroots(otherDistrict, "Công đoàn cơ sở khác");
    long cluster =
        jdbc.sql(
                "insert into emulation_cluster (name, year, organiser_id)"
                    + " values ('Cụm khác', 2024, :organiser) returning id")
            .param("organiser", otherDistrict)
            .query(Long.class)
            .single();
    long level =
        jdbc.sql("select id from unit_level where code = 'WARD'").query(Long.class).single();
    long sector = jdbc.sql("select id from sector where code = 'DN'").query(Long.class).single();
    String username = "foreign-" + UUID.randomUUID().toString().substring(0, 8);
    long user =
        jdbc.sql(
                "insert into app_user (username, full_name, search_name, password_hash)"
                    + " values (:username, 'Người tỉnh khác', 'nguoi tinh khac', '{noop}x')"
                    + " returning id")
            .param("username", username)
            .query(Long.class)
            .single();
    jdbc.sql("insert into user_grant (user_id, role, unit_id) values (:user, 'OFFICER', :unit)")
        .param("user", user)
        .param("unit", otherUnit)
        .update();
    long token =
        jdbc.sql(
                "insert into api_token (user_id, name, token_hash, prefix)"
                    + " values (:user, 'Mã khác', md5(:username) || md5(:username), 'thd_foreign')"
                    + " returning id")
            .param("user", user)
            .param("username", username)
            .query(Long.class)
            .single();

    long movement =
        jdbc.sql(
                """
                insert into movement (organiser_id, kind, name, search_name, starts_on, ends_on,
                                      registration_deadline, status, launched_at, launched_by,
                                      created_by)
                values (:organiser, 'REGULAR', 'Phong trào khác', 'phong trao khac',
                        date '2024-01-01', date '2024-12-31', date '2099-01-31', 'LAUNCHED', now(),
                        'khac', 'khac')
                returning id
                """)
            .param("organiser", otherDistrict)
            .query(Long.class)
            .single();
    long phase =
        jdbc.sql(
                "insert into movement_phase (movement_id, position, starts_on, ends_on)"
                    + " values (:movement, 1, date '2024-01-01', date '2024-12-31') returning id")
            .param("movement", movement)
            .query(Long.class)
            .single();
    long criterion =
        jdbc.sql(
                "insert into movement_criterion (movement_id, position, name, measure, direction,"
                    + " target, weight) values (:movement, 1, 'Sáng kiến', 'NUMERIC', 'HIGHER', 10,"
                    + " 100) returning id")
            .param("movement", movement)
            .query(Long.class)
            .single();
    jdbc.sql("insert into movement_participant (movement_id, unit_id) values (:movement, :unit)")
        .param("movement", movement)
        .param("unit", otherUnit)
        .update();

    long registration =
        jdbc.sql(
                "insert into registration (movement_id, unit_id, status, created_by)"
                    + " values (:movement, :unit, 'SUBMITTED', 'khac') returning id")
            .param("movement", movement)
            .param("unit", otherUnit)
            .query(Long.class)
            .single();

    long person =
        jdbc.sql(
                "insert into person (unit_id, full_name, search_name, sort_key, gender,"
                    + " birth_year, started_on) values (:unit, 'Người khác', 'nguoi khac',"
                    + " 'khac nguoi khac', 'MALE', 1980, date '2010-01-01') returning id")
            .param("unit", otherUnit)
            .query(Long.class)
            .single();
    UUID importJob = UUID.randomUUID();
    jdbc.sql(
            "insert into import_job (id, unit_id, created_by, file_name, status)"
                + " values (:id, :unit, :username, 'khac.xlsx', 'SUCCEEDED')")
        .param("id", importJob)
        .param("unit", otherUnit)
        .param("username", username)
        .update();

    long notification =
        jdbc.sql(
                "insert into notification (unit_id, kind, movement_id, movement_name)"
                    + " values (:unit, 'LAUNCHED', :movement, 'Phong trào khác') returning id")
            .param("unit", otherUnit)
            .param("movement", movement)
            .query(Long.class)
            .single();

    long attachment = attachmentOf(otherUnit);
    jdbc.sql(
            "insert into progress_evidence (attachment_id, movement_id, phase_id, unit_id)"
                + " values (:attachment, :movement, :phase, :unit)")
        .param("attachment", attachment)
        .param("movement", movement)
        .param("phase", phase)
        .param("unit", otherUnit)
        .update();

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("attachmentId", attachment);
    variables.put("movementId", movement);
    variables.put("notificationId", notification);
    variables.put("agreementId", agreementOf(otherDistrict, cluster, otherUnit));
    variables.put("registrationId", registration);
    variables.put("phaseId", phase);
    variables.put("criterionId", criterion);
    variables.put("unitId", otherUnit);
    variables.put("clusterId", cluster);
    variables.put("memberId", otherUnit);
    variables.put("levelId", level);
    variables.put("sectorId", sector);
    variables.put("userId", user);
    variables.put("tokenId", token);
    variables.put("personId", person);
    variables.put("jobId", importJob);
    variables.put("entryId", auditEntryOf(otherUnit));
    variables.put("initiativeId", initiativeOf(otherUnit));
    variables.put("level", "GRASSROOTS");
    variables.put("programmeId", programmeOf(other));
    long contest = contestOf(otherDistrict);
    variables.put("contestId", contest);
    long decision = decisionOf(otherDistrict, person);
    variables.put("decisionId", decision);
    variables.put(
        "lineId",
        jdbc.sql("select id from decision_line where decision_id = :d")
            .param("d", decision)
            .query(Long.class)
            .single());
    variables.put("honourCode", "LDTT");
    variables.put("ruleId", jdbc.sql("select min(id) from honour_rule").query(Long.class).single());
    variables.put(
        "roundId",
        jdbc.sql("select id from contest_round where contest_id = :c")
            .param("c", contest)
            .query(Long.class)
            .single());
    long nominationRound = nominationRoundOf(otherDistrict);
    variables.put("nominationRoundId", nominationRound);
    variables.put("nominationId", nominationOf(nominationRound, otherUnit, person));

    String json =
        """
        {"parentId": %1$d, "newParentId": %1$d, "targetId": %1$d, "sourceIds": [%2$d],
         "unitId": %2$d, "organiserId": %1$d, "issuingUnitId": %1$d, "name": "Tên thử", "nameEn": "Test", "code": "ZZ_TEST",
         "levelCode": "GRASSROOTS", "sectorCode": "DN", "tier": 9, "grassroots": false, "year": 2024,
         "effectiveOn": "2024-06-01", "foundedOn": "2024-06-01", "asOf": "2024-06-01",
         "workers": 1, "womenWorkers": 0, "members": 1, "womenMembers": 0, "version": 0,
         "parts": [{"name": "A", "childIds": []}, {"name": "B", "childIds": []}],
         "roundId": %3$d, "proposingUnitId": %2$d}
        """
            .formatted(otherDistrict, otherUnit, nominationRound);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "Tên thử");
    form.put("nameEn", "Test");
    form.put("code", "ZZ_TEST");
    form.put("levelCode", "GRASSROOTS");
    form.put("tier", "9");
    form.put("version", "0");
    form.put("year", "2024");
    form.put("effectiveOn", "2024-06-01");
    form.put("foundedOn", "2024-06-01");
    form.put("asOf", "2024-06-01");
    form.put("workers", "1");
    form.put("womenWorkers", "0");
    form.put("members", "1");
    form.put("womenMembers", "0");
    form.put("newParentId", String.valueOf(otherDistrict));
    form.put("targetId", String.valueOf(otherDistrict));
    form.put("memberId", String.valueOf(otherUnit));
    form.put("partName", "A");
    form.put("organiserId", String.valueOf(otherDistrict));
    form.put("unitId", String.valueOf(otherUnit));
    form.put("issuingUnitId", String.valueOf(otherDistrict));
    form.put("roundId", String.valueOf(nominationRound));
    form.put("proposingUnitId", String.valueOf(otherUnit));
    return new World(own, variables, json, form);
  }

  /** An issued decision of the other province's district honouring one of its workers. */
  private long decisionOf(long unitId, long personId) {
    long decision =
        jdbc.sql(
                """
                insert into decision (issuing_unit_id, year, symbol, subject, signer_name,
                                      signer_position, created_by)
                values (:unit, 2024, '…/QĐ-LĐLĐ', 'Quyết định khác', 'Người ký khác', 'Chủ tịch',
                        'someone-else')
                returning id
                """)
            .param("unit", unitId)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into decision_line (decision_id, position, honour_code, grade, honour_name,
                                       honour_kind, recipient, person_id, awardee_name,
                                       awardee_search_name, workplace_unit_id, workplace_name,
                                       short_code)
            select :decision, 1, 'GK', 1, 'Giấy khen', 'AWARD', 'INDIVIDUAL', p.id, p.full_name,
                   p.search_name, p.unit_id, 'Công đoàn khác', upper(substr(md5(random()::text), 1, 10))
              from person p where p.id = :person
            """)
        .param("decision", decision)
        .param("person", personId)
        .update();
    jdbc.sql(
            "update decision set status = 'ISSUED', number_year = 2025, signed_on = date"
                + " '2025-01-10', number = 1 + coalesce((select max(number) from decision d where"
                + " d.issuing_unit_id = :unit and d.number_year = 2025), 0) where id = :id")
        .param("unit", unitId)
        .param("id", decision)
        .update();
    return decision;
  }

  /** A file in the other province's grassroots union. */
  private long attachmentOf(long unitId) {
    return jdbc.sql(
            """
            insert into attachment (file_name, content_type, size_bytes, sha256, content,
                                    uploaded_by, owner_unit_id)
            values ('khac.pdf', 'application/pdf', 5, repeat('0', 64), '\\x255044462d'::bytea,
                    'someone-else', :unit)
            returning id
            """)
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }

  /** A selection round of the other province's district, selecting Công nhân giỏi. */
  private long nominationRoundOf(long unitId) {
    long round =
        jdbc.sql(
                """
                insert into nomination_round (unit_id, unit_path, name, year, period_from,
                                              period_to, deadline, threshold, created_by)
                select id, path, 'Đợt xét khác', 2024, date '2024-01-01', date '2024-12-31',
                       date '2099-01-31', 'SIMPLE_MAJORITY', 'someone-else'
                  from org_unit where id = :unit
                returning id
                """)
            .param("unit", unitId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into nomination_round_honour (round_id, position, honour_code, grade)"
                + " values (:round, 0, 'CNG', 2)")
        .param("round", round)
        .update();
    return round;
  }

  /** A nomination of the other province's worker, before the council. */
  private long nominationOf(long round, long unitId, long personId) {
    return jdbc.sql(
            """
            insert into nomination (round_id, proposing_unit_id, proposing_unit_path, recipient,
                                    person_id, nominee_name, search_name, honour_code, grade,
                                    achievements, state, created_by)
            select :round, id, path, 'INDIVIDUAL', :person, 'Người khác', 'nguoi khac', 'CNG', 2,
                   'Thành tích', 'COUNCIL_VOTE', 'someone-else'
              from org_unit where id = :unit
            returning id
            """)
        .param("round", round)
        .param("unit", unitId)
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  /** An agreement the other province's district opened for its cluster, the unit a member. */
  private long agreementOf(long organiserId, long clusterId, long memberId) {
    long agreement =
        jdbc.sql(
                """
                insert into agreement (organiser_id, scope, cluster_id, year, title, search_title,
                                       content, signing_deadline, status, opened_at, created_by)
                values (:organiser, 'CLUSTER', :cluster, 2024, 'Giao ước khác', 'giao uoc khac',
                        'Cam kết', date '2099-12-31', 'OPEN', now(), 'someone-else')
                returning id
                """)
            .param("organiser", organiserId)
            .param("cluster", clusterId)
            .query(Long.class)
            .single();
    jdbc.sql("insert into agreement_member (agreement_id, unit_id) values (:a, :unit)")
        .param("a", agreement)
        .param("unit", memberId)
        .update();
    return agreement;
  }

  /** A contest the other province's district organises, with one round. */
  private long contestOf(long unitId) {
    long contest =
        jdbc.sql(
                """
                insert into contest (unit_id, name, held_from, held_to, registration_closes_on,
                                     entry_kind, scale_min, scale_max, status, created_by)
                values (:unit, 'Hội thi khác', date '2024-05-01', date '2024-05-02',
                        date '2024-04-20', 'PERSON', 0, 100, 'OPEN', 'someone-else')
                returning id
                """)
            .param("unit", unitId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into contest_round (contest_id, position, name, weight)"
                + " values (:c, 0, 'Vòng 1', 1)")
        .param("c", contest)
        .update();
    return contest;
  }

  /** A programme the other province launched, with its own target. */
  private long programmeOf(long unitId) {
    long programme =
        jdbc.sql(
                """
                insert into initiative_programme (unit_id, name, starts_on, ends_on, created_by)
                values (:unit, 'Chương trình khác', date '2024-01-01', date '2024-12-31', 'someone-else')
                returning id
                """)
            .param("unit", unitId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into programme_window (programme_id, position, name, opens_on, closes_on)"
                + " values (:p, 0, 'Đợt 1', date '2024-01-01', date '2024-12-31')")
        .param("p", programme)
        .update();
    jdbc.sql(
            "insert into programme_target (programme_id, unit_id, target, set_by)"
                + " values (:p, :unit, 100, 'someone-else')")
        .param("p", programme)
        .param("unit", unitId)
        .update();
    return programme;
  }

  /** An initiative of the other province's grassroots union, under review there. */
  private long initiativeOf(long unitId) {
    return jdbc.sql(
            """
            insert into initiative (unit_id, unit_path, title, search_title, summary, search_text,
                                    field, author_group, applied_on, benefit_description,
                                    submitted_on, submitted_by, ladder, status, status_level)
            select id, path, 'Sáng kiến khác', 'sang kien khac', 'Tóm tắt', 'sang kien khac',
                   'OTHER', 'Tổ khác', date '2024-01-01', 'Hiệu quả', date '2024-02-01',
                   'someone-else', 'GRASSROOTS,DISTRICT,PROVINCE,NATIONAL', 'UNDER_REVIEW', 'GRASSROOTS'
              from org_unit where id = :unit
            returning id
            """)
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }

  /** An audit log entry about the other province's unit (written directly: the log only grows). */
  private long auditEntryOf(long unitId) {
    return jdbc.sql(
            """
            insert into audit_event (actor, action, entity_type, entity_id, unit_id, unit_path)
            select 'someone-else', 'UPDATE', 'OrgUnit', id::text, id, path from org_unit where id = :unit
            returning id
            """)
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }
}
