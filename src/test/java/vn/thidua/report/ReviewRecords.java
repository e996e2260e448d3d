package vn.thidua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.text.SearchText;

/**
 * Writes the records a review counts straight into their tables, so that a test states every one of
 * them by hand and knows each figure the review must show (also the modules' tests of their
 * figures).
 */
public final class ReviewRecords {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private final JdbcClient jdbc;

  public ReviewRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long person(long unitId, String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
    String folded = SearchText.fold(unique);
    return jdbc.sql(
            """
            insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year,
                                started_on)
            values (:unit, :name, :folded, :folded, 'FEMALE', 1985, date '2010-01-01')
            returning id
            """)
        .param("unit", unitId)
        .param("name", unique)
        .param("folded", folded)
        .query(Long.class)
        .single();
  }

  /** An initiative of the unit, by the people named, with its benefit in VND (or none). */
  public long initiative(long unitId, LocalDate submittedOn, Long benefitVnd, long... authors) {
    String title = "Sáng kiến " + UUID.randomUUID();
    long id =
        jdbc.sql(
                """
                insert into initiative (unit_id, unit_path, title, search_title, summary,
                    search_text, field, applied_on, benefit_vnd, benefit_description,
                    submitted_on, submitted_by, ladder, status, status_level)
                select :unit, path, :title, :title, 'Tóm tắt', :title, 'TECHNOLOGY', :day,
                       :benefit, case when :benefit::bigint is null then 'Nâng cao an toàn' end,
                       :day, 'test', 'GRASSROOTS', 'UNDER_REVIEW', 'GRASSROOTS'
                  from org_unit where id = :unit
                returning id
                """)
            .param("unit", unitId)
            .param("title", title)
            .param("day", submittedOn)
            .param("benefit", benefitVnd)
            .query(Long.class)
            .single();
    int position = 0;
    for (long author : authors) {
      jdbc.sql(
              """
              insert into initiative_author (initiative_id, position, person_id, full_name,
                                             unit_id, share)
              select :initiative, :position, id, full_name, unit_id, :share from person
               where id = :person
              """)
          .param("initiative", id)
          .param("position", position++)
          .param("person", author)
          .param("share", 100.0 / authors.length)
          .update();
    }
    return id;
  }

  public void review(
      long initiativeId, String level, long unitId, String outcome, LocalDate decidedOn) {
    jdbc.sql(
            """
            insert into initiative_review (initiative_id, level, unit_id, proposed_on,
                proposed_by, outcome, decided_on, decided_by, reason)
            values (:initiative, :level, :unit, :day, 'test', :outcome, :day, 'test',
                    case when :outcome = 'NOT_RECOGNISED' then 'Chưa đạt' end)
            """)
        .param("initiative", initiativeId)
        .param("level", level)
        .param("unit", unitId)
        .param("outcome", outcome)
        .param("day", decidedOn)
        .update();
  }

  /** A launched movement; {@code launchedAt} is a Vietnam wall-clock time. */
  long movement(
      long organiserId,
      String kind,
      java.time.LocalDateTime launchedAt,
      LocalDate startsOn,
      LocalDate endsOn) {
    String name = "Phong trào " + UUID.randomUUID();
    return jdbc.sql(
            """
            insert into movement (organiser_id, kind, name, search_name, starts_on, ends_on,
                                  status, launched_at, launched_by, created_by)
            values (:organiser, :kind, :name, :name, :starts, :ends, 'LAUNCHED', :launched,
                    'test', 'test')
            returning id
            """)
        .param("organiser", organiserId)
        .param("kind", kind)
        .param("name", name)
        .param("starts", startsOn)
        .param("ends", endsOn)
        .param("launched", OffsetDateTime.of(launchedAt, VIETNAM))
        .query(Long.class)
        .single();
  }

  void registration(long movementId, long unitId, String status) {
    jdbc.sql("insert into movement_participant (movement_id, unit_id) values (:m, :u)")
        .param("m", movementId)
        .param("u", unitId)
        .update();
    jdbc.sql(
            """
            insert into registration (movement_id, unit_id, status, created_by)
            values (:m, :u, :status, 'test')
            """)
        .param("m", movementId)
        .param("u", unitId)
        .param("status", status)
        .update();
  }

  long finishedContest(long unitId, LocalDate finishedOn) {
    return jdbc.sql(
            """
            insert into contest (unit_id, name, held_from, held_to, registration_closes_on,
                                 entry_kind, scale_min, scale_max, status, finished_on, created_by)
            values (:unit, :name, :day, :day, :day, 'PERSON', 0, 100, 'FINISHED', :day, 'test')
            returning id
            """)
        .param("unit", unitId)
        .param("name", "Hội thi " + UUID.randomUUID())
        .param("day", finishedOn)
        .query(Long.class)
        .single();
  }

  void entry(long contestId, long personId, String prize) {
    jdbc.sql(
            """
            insert into contest_registration (contest_id, unit_id, person_id, entrant_name,
                                              registered_on, registered_by, prize)
            select :contest, unit_id, id, full_name, date '2020-01-01', 'test', :prize
              from person where id = :person
            """)
        .param("contest", contestId)
        .param("person", personId)
        .param("prize", prize)
        .update();
  }

  /** A worker of the unit: gender MALE or FEMALE, and whether a direct worker. */
  long person(long unitId, String name, String gender, boolean directWorker) {
    long id = person(unitId, name);
    jdbc.sql("update person set gender = :gender, direct_worker = :direct where id = :id")
        .param("gender", gender)
        .param("direct", directWorker)
        .param("id", id)
        .update();
    return id;
  }

  /**
   * An honour granted to a person by a decision signed on {@code grantedOn}, counting under the
   * person's unit; {@code decisionId} only names the decision.
   */
  void honourToPerson(
      String code,
      int grade,
      long personId,
      LocalDate grantedOn,
      long decisionId,
      boolean revoked) {
    honour(code, grade, "INDIVIDUAL", personId, null, grantedOn, decisionId, revoked);
  }

  /** An honour granted to a collective by a decision signed on {@code grantedOn}. */
  void honourToCollective(
      String code, int grade, long unitId, LocalDate grantedOn, long decisionId, boolean revoked) {
    honour(code, grade, "COLLECTIVE", null, unitId, grantedOn, decisionId, revoked);
  }

  private void honour(
      String code,
      int grade,
      String recipient,
      Long personId,
      Long unitId,
      LocalDate grantedOn,
      long decisionId,
      boolean revoked) {
    jdbc.sql(
            """
            insert into honour_held (honour_id, grade, recipient, person_id, unit_id,
                holder_unit_id, year, granted_on, granting_unit_id, decision_id, revoked,
                recorded_by, direct_worker, woman)
            select h.id, :grade, :recipient, :person, :unit, coalesce(p.unit_id, :unit),
                   :year, :grantedOn, coalesce(p.unit_id, :unit), :decision, :revoked, 'test',
                   p.direct_worker, p.gender = 'FEMALE'
              from honour h
              left join person p on p.id = :person
             where h.code = :code
            """)
        .param("code", code)
        .param("grade", grade)
        .param("recipient", recipient)
        .param("person", personId, java.sql.Types.BIGINT)
        .param("unit", unitId, java.sql.Types.BIGINT)
        .param("year", grantedOn.getYear())
        .param("grantedOn", grantedOn)
        .param("decision", decisionId)
        .param("revoked", revoked)
        .update();
  }
}
