package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.initiative.InitiativeFigures.InitiativeTally;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.organisation.Tallies;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.report.ReviewRecords;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.LedgerChecks;
import vn.thidua.testing.Users;

/**
 * The initiatives' figures on the ledger (V65): after every kind of change the ledger holds exactly
 * what counting the records gives, and a review of whole months reads from it the same figures as
 * the SQL that counts the records.
 */
@IntegrationTest
class InitiativeLedgerTests {

  static final LocalDate TODAY = LocalDate.now(Dates.VIETNAM);

  /** The ledger's rows of initiatives, recomputed from the records by their definitions. */
  static final String RECOMPUTED =
      """
      select unit_id, figure collate "C", month, sum(amount)::bigint as amount
        from (select i.unit_id, 'initiatives/submitted' as figure,
                     date_trunc('month', i.submitted_on)::date as month, 1 as amount
                from initiative i
              union all
              select i.unit_id, 'initiatives/recognised/' || r.level,
                     date_trunc('month', r.decided_on)::date, 1
                from initiative_review r
                join initiative i on i.id = r.initiative_id
               where r.outcome = 'RECOGNISED' and r.decided_on is not null
              union all
              select i.unit_id, 'initiatives/benefit', date_trunc('month', f.day)::date,
                     coalesce(i.benefit_vnd, 0)
                from initiative i
                join (select initiative_id, min(decided_on) as day from initiative_review
                       where outcome = 'RECOGNISED' group by initiative_id) f
                  on f.initiative_id = i.id
               where f.day is not null) d
       group by 1, 2, 3
      having sum(amount) <> 0
      """;

  @Autowired Initiatives initiatives;
  @Autowired InitiativeFigureQueries figures;
  @Autowired Tallies tallies;
  @Autowired Subtrees subtrees;
  @Autowired Hierarchy hierarchy;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;

  @Test
  void theLedgerHoldsWhatTheRecordsCountAfterEveryChange() {
    long province = fixtures.province("Tỉnh sổ sáng kiến");
    long district = fixtures.unit(province, "Quận sổ sáng kiến", "DISTRICT");
    long g1 = fixtures.grassroots(district, "CĐCS sổ một");
    long g2 = fixtures.grassroots(district, "CĐCS sổ hai");
    long lan = person(g1, "Hà Thị Lan");
    SignedInUser g1Officer = Users.user(Role.OFFICER, g1);
    SignedInUser districtOfficer = Users.user(Role.OFFICER, district);

    long[] ids = new long[2];
    Users.runAs(
        g1Officer,
        () -> {
          InitiativeView a = initiatives.submit(form(g1, lan, 5_000_000L, TODAY.minusDays(70)));
          ids[0] = a.id();
          initiatives.decide(a.id(), RecognitionLevel.GRASSROOTS, decision(TODAY.minusDays(40), a));
          InitiativeView b = initiatives.submit(form(g1, lan, 700_000L, TODAY.minusDays(60)));
          ids[1] = b.id();
          InitiativeView changed =
              initiatives.change(b.id(), changedForm(form(g1, lan, 900_000L, null), b));
          initiatives.decide(
              b.id(),
              RecognitionLevel.GRASSROOTS,
              new Decision(false, "Chưa đạt", TODAY.minusDays(30), null, null, changed.version()));
        });
    Users.runAs(
        districtOfficer,
        () -> {
          InitiativeView proposed =
              initiatives.propose(ids[0], new Proposal(null, TODAY.minusDays(20)));
          initiatives.decide(ids[0], RecognitionLevel.DISTRICT, decision(TODAY, proposed));
        });
    assertLedgerHoldsTheRecords();

    long c = initiative(g2, LocalDate.of(2021, 2, 3), 400_000L, lan);
    review(c, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2021, 3, 10));
    review(c, "DISTRICT", district, "RECOGNISED", LocalDate.of(2021, 2, 20));
    assertThat(firstRecognised(c)).isEqualTo(LocalDate.of(2021, 2, 20));
    jdbc.sql("update initiative set benefit_vnd = 450000 where id = ?").param(c).update();
    jdbc.sql(
            "update initiative_review set decided_on = date '2021-04-01'"
                + " where initiative_id = ? and level = 'DISTRICT'")
        .param(c)
        .update();
    assertThat(firstRecognised(c)).isEqualTo(LocalDate.of(2021, 3, 10));
    jdbc.sql("update initiative set unit_id = ? where id = ?").params(g1, c).update();
    jdbc.sql(
            "update initiative_review set outcome = 'NOT_RECOGNISED', reason = 'Sai'"
                + " where initiative_id = ? and level = 'GRASSROOTS'")
        .param(c)
        .update();
    jdbc.sql("update initiative set first_recognised_on = date '2000-01-01' where id = ?")
        .param(c)
        .update();
    assertThat(firstRecognised(c)).isEqualTo(LocalDate.of(2021, 4, 1));
    jdbc.sql("update initiative_review set initiative_unit_id = ? where initiative_id = ?")
        .params(g2, c)
        .update();
    assertLedgerHoldsTheRecords();

    jdbc.sql("delete from initiative_review where initiative_id = ? and level = 'DISTRICT'")
        .param(c)
        .update();
    jdbc.sql("delete from initiative where id = ?").param(ids[0]).update();
    long d = initiative(g2, LocalDate.of(2021, 5, 5), null, lan);
    review(d, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2021, 6, 6));
    jdbc.sql(
            "update initiative set submitted_on = submitted_on - 40, unit_id = ?"
                + " where id in (?, ?, ?)")
        .params(g2, ids[1], c, d)
        .update();
    assertLedgerHoldsTheRecords();

    jdbc.sql("delete from initiative where id in (?, ?, ?)").params(ids[1], c, d).update();
    assertLedgerHoldsTheRecords();
  }

  @Test
  void aReviewOfWholeMonthsReadsFromTheLedgerWhatTheRecordsCount() {
    long province = fixtures.province("Tỉnh hai cách đếm");
    long districtOne = fixtures.unit(province, "Quận Một hai cách", "DISTRICT");
    long districtTwo = fixtures.unit(province, "Quận Hai hai cách", "DISTRICT");
    long g1 = fixtures.grassroots(districtOne, "CĐCS hai cách G1");
    long g2 = fixtures.grassroots(districtOne, "CĐCS hai cách G2");
    long g3 = fixtures.grassroots(districtTwo, "CĐCS hai cách G3");
    long g4 = fixtures.grassroots(districtOne, "CĐCS hai cách G4");
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          hierarchy.move(g2, districtTwo, LocalDate.of(2020, 7, 1));
          hierarchy.dissolve(g4, LocalDate.of(2020, 5, 1));
        });
    long an = person(g1, "Nguyễn Văn An");
    long binh = person(g2, "Trần Thị Bình");

    long i1 = initiative(g1, LocalDate.of(2020, 3, 1), 1_000_000L, an);
    review(i1, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2020, 4, 1));
    review(i1, "DISTRICT", districtOne, "RECOGNISED", LocalDate.of(2020, 6, 1));
    long i2 = initiative(g2, LocalDate.of(2020, 2, 1), 500_000L, binh, an);
    review(i2, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2020, 5, 1));
    long i3 = initiative(g4, LocalDate.of(2020, 1, 10), 300_000L, binh);
    review(i3, "GRASSROOTS", g4, "RECOGNISED", LocalDate.of(2020, 2, 1));
    long i4 = initiative(g3, LocalDate.of(2019, 5, 1), 200_000L, an);
    review(i4, "GRASSROOTS", g3, "RECOGNISED", LocalDate.of(2019, 6, 1));
    review(i4, "DISTRICT", districtTwo, "RECOGNISED", LocalDate.of(2020, 8, 1));
    initiative(province, LocalDate.of(2020, 9, 9), 50_000L);

    for (LocalDate[] period :
        new LocalDate[][] {
          {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)},
          {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)},
          {LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)},
          {LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)}
        }) {
      Subtree subtree = subtrees.find(province, period[1]).orElseThrow();
      assertThat(tallies.covers(subtree, period[0], period[1])).isTrue();
      assertThat(sums(figures.tally(subtree, period[0], period[1])))
          .as("%s – %s", period[0], period[1])
          .isEqualTo(sums(figures.counted(subtree, period[0], period[1])));
    }

    Subtree year = subtrees.find(province, LocalDate.of(2020, 12, 31)).orElseThrow();
    Map<String, Long> sums =
        sums(figures.tally(year, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(sums)
        .as("i4's benefit counted in 2019, when it was first recognised, not again in 2020")
        .containsEntry(districtOne + "/benefit", 1_300_000L)
        .containsEntry(districtTwo + "/benefit", 500_000L)
        .containsEntry(districtTwo + "/recognised/DISTRICT", 1L)
        .containsEntry(districtOne + "/submitted", 2L)
        .containsEntry(districtTwo + "/submitted", 1L)
        .containsEntry("null/submitted", 1L)
        .doesNotContainKey("null/benefit");
    Map<String, Long> halfYear =
        sums(
            figures.tally(
                subtrees.find(province, LocalDate.of(2020, 6, 30)).orElseThrow(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 6, 30)));
    assertThat(halfYear)
        .as("g2 counts under the district it stood under on the last day")
        .containsEntry(districtOne + "/benefit", 1_800_000L)
        .doesNotContainKey(districtTwo + "/benefit");
  }

  /** Figures by group and name, zero sums left out, whichever way the rows are cut. */
  private static Map<String, Long> sums(List<InitiativeTally> rows) {
    Map<String, Long> sums = new HashMap<>();
    for (InitiativeTally row : rows) {
      String group = row.childId() + "/";
      sums.merge(group + "submitted", row.submitted(), Long::sum);
      sums.merge(group + "benefit", row.benefitVnd(), Long::sum);
      if (row.level() != null) {
        sums.merge(group + "recognised/" + row.level(), row.recognised(), Long::sum);
      }
    }
    sums.values().removeIf(amount -> amount == 0);
    return sums;
  }

  private void assertLedgerHoldsTheRecords() {
    ledger.assertKeptAsCounted("initiatives/", RECOMPUTED);
    assertThat(
            rows(
                """
                select r.id from initiative_review r join initiative i on i.id = r.initiative_id
                 where r.initiative_unit_id <> i.unit_id
                """))
        .as("each review keeps its initiative's unit")
        .isEmpty();
    assertThat(
            rows(
                """
                select i.id from initiative i
                 where i.first_recognised_on is distinct from
                       (select min(r.decided_on) from initiative_review r
                         where r.initiative_id = i.id and r.outcome = 'RECOGNISED')
                """))
        .as("each initiative keeps its first recognition")
        .isEmpty();
    ledger.assertRebuildChangesNothing("initiatives/");
  }

  private List<Map<String, Object>> rows(String sql) {
    return jdbc.sql(sql).query().listOfRows();
  }

  private LocalDate firstRecognised(long initiativeId) {
    return jdbc.sql("select first_recognised_on from initiative where id = ?")
        .param(initiativeId)
        .query(LocalDate.class)
        .single();
  }

  private long person(long unitId, String name) {
    SignedInUser officer = Users.user(Role.OFFICER, unitId);
    long[] id = new long[1];
    Users.runAs(
        officer,
        () ->
            id[0] =
                people.register(
                    new NewPerson(
                        unitId,
                        name + " " + UUID.randomUUID().toString().substring(0, 6),
                        Gender.FEMALE,
                        1988,
                        "Công nhân",
                        true,
                        true,
                        LocalDate.of(2010, 1, 1))));
    return id[0];
  }

  private static InitiativeForm form(long unitId, long author, long benefit, LocalDate day) {
    return new InitiativeForm(
        unitId,
        null,
        "Sáng kiến sổ " + UUID.randomUUID(),
        "Nội dung",
        InitiativeField.PRODUCTION,
        List.of(new AuthorEntry(author, new BigDecimal("100"), null)),
        null,
        LocalDate.of(2019, 1, 1),
        benefit,
        null,
        day,
        true,
        null);
  }

  private static InitiativeForm changedForm(InitiativeForm form, InitiativeView view) {
    return new InitiativeForm(
        form.unitId(),
        null,
        view.title(),
        form.summary(),
        form.field(),
        form.authors(),
        null,
        form.appliedOn(),
        form.benefitVnd(),
        null,
        null,
        true,
        view.version());
  }

  private static Decision decision(LocalDate day, InitiativeView view) {
    return new Decision(true, null, day, "1/QĐ", null, view.version());
  }

  private long initiative(long unitId, LocalDate submittedOn, Long benefitVnd, long... authors) {
    return new ReviewRecords(jdbc).initiative(unitId, submittedOn, benefitVnd, authors);
  }

  private void review(
      long initiativeId, String level, long unitId, String outcome, LocalDate decidedOn) {
    new ReviewRecords(jdbc).review(initiativeId, level, unitId, outcome, decidedOn);
  }
}
