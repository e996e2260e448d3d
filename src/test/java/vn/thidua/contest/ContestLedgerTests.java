package vn.thidua.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.contest.ContestFigures.ContestTally;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.LedgerChecks;
import vn.thidua.testing.Users;

/**
 * The triggers of V66 keep the contests' figures in the ledger as counting the records gives them,
 * whatever changes a contest or its entries, and a review reads the same figures from the ledger as
 * by counting.
 */
@IntegrationTest
class ContestLedgerTests {

  /** contests/held, contests/entries and contests/prizes, counted from the records. */
  static final String COUNTED =
      """
      select unit_id, date_trunc('month', day)::date as month, figure, count(*) as amount
        from (select c.unit_id, c.finished_on as day, 'contests/held' as figure
                from contest c where c.status = 'FINISHED'
              union all
              select r.unit_id, c.finished_on, 'contests/entries'
                from contest_registration r join contest c on c.id = r.contest_id
               where c.status = 'FINISHED'
              union all
              select r.unit_id, c.finished_on, 'contests/prizes'
                from contest_registration r join contest c on c.id = r.contest_id
               where c.status = 'FINISHED' and r.prize is not null) d
       group by 1, 2, 3
      """;

  @Autowired Contests contests;
  @Autowired ContestFigureQueries figures;
  @Autowired Hierarchy hierarchy;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;

  long province;
  long districtA;
  long districtB;
  long union1;
  long union2;
  long union3;
  SignedInUser provinceOfficer;

  @BeforeEach
  void units() {
    province = fixtures.province("Tỉnh sổ hội thi");
    districtA = fixtures.unit(province, "Huyện A hội thi", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B hội thi", "DISTRICT");
    union1 = fixtures.grassroots(districtA, "Công đoàn 1 hội thi");
    union2 = fixtures.grassroots(districtA, "Công đoàn 2 hội thi");
    union3 = fixtures.grassroots(districtB, "Công đoàn 3 hội thi");
    provinceOfficer = Users.user(Role.OFFICER, province);
  }

  @Test
  void keepsTheFiguresOfAContestOrganisedMarkedAndFinished() {
    LocalDate today = LocalDate.now(Dates.VIETNAM);
    long an = person(union1, "Lê Văn An");
    long binh = person(union2, "Hồ Văn Bình");
    SignedInUser organiser = Users.user(Role.OFFICER, districtA);
    long[] ids = new long[3];
    Users.runAs(
        organiser,
        () -> {
          ContestView organised =
              contests.organise(
                  new NewContest(
                      districtA,
                      "Hội thi thợ giỏi",
                      "Tiện",
                      null,
                      today,
                      today,
                      today,
                      EntryKind.PERSON,
                      BigDecimal.ZERO,
                      BigDecimal.TEN,
                      List.of(new NewContest.RoundPlan("Thực hành", today, 1)),
                      List.of(new NewContest.PrizePlan("Giải Nhất", 1))));
          ids[0] = organised.id();
          ids[1] = organised.rounds().get(0).id();
          contests.register(ids[0], new NewEntry(union1, an, null, null, today));
          contests.register(ids[0], new NewEntry(union2, binh, null, null, today));
        });
    ledger.assertKeptAsCounted("contests/", COUNTED);
    Users.runAs(
        Users.user(Role.COUNCIL_MEMBER, districtA),
        () -> {
          for (ContestView.Entrant entrant : contests.get(ids[0]).entrants()) {
            BigDecimal points = BigDecimal.valueOf(entrant.personId() == an ? 9 : 7);
            contests.mark(ids[0], ids[1], new Mark(entrant.id(), points));
          }
        });
    Users.runAs(organiser, () -> contests.finish(ids[0], contests.get(ids[0]).version(), today));

    ledger.assertKeptAsCounted("contests/", COUNTED);
    ledger.assertRebuildChangesNothing("contests/");
    LocalDate from = today.withDayOfMonth(1);
    LocalDate to = today.withDayOfMonth(today.lengthOfMonth());
    assertThat(bothWays(province, to, from, to))
        .containsExactly(new ContestTally(districtA, 1, 2, 1));
    assertThat(bothWays(districtA, to, from, to))
        .containsExactlyInAnyOrder(
            new ContestTally(null, 1, 0, 0),
            new ContestTally(union1, 0, 1, 1),
            new ContestTally(union2, 0, 1, 0));
  }

  @Test
  void keepsTheFiguresWhateverStatementsChangeContestsAndEntries() {
    long first = contest(districtA, "FINISHED", "2021-03-15");
    long second = contest(districtB, "OPEN", null);
    jdbc.sql(
            """
            insert into contest_registration (contest_id, unit_id, team_name, entrant_name,
                                              registered_on, registered_by, prize)
            values (:first, :u1, 'Tổ 1', 'Tổ 1', date '2021-03-01', 'test', null),
                   (:first, :u2, 'Tổ 2', 'Tổ 2', date '2021-03-01', 'test', 'Giải Ba'),
                   (:first, :u3, 'Tổ 3', 'Tổ 3', date '2021-03-01', 'test', null),
                   (:second, :u1, 'Tổ 4', 'Tổ 4', date '2021-03-01', 'test', null),
                   (:second, :u3, 'Tổ 5', 'Tổ 5', date '2021-03-01', 'test', null)
            """)
        .param("first", first)
        .param("second", second)
        .param("u1", union1)
        .param("u2", union2)
        .param("u3", union3)
        .update();
    ledger.assertKeptAsCounted("contests/", COUNTED);

    List<String> changes =
        List.of(
            "update contest_registration set prize = 'Giải Nhất' where contest_id in (:first, :second) and unit_id = :u1",
            "update contest set finished_on = date '2021-04-02' where id = :first",
            "update contest set status = 'FINISHED', finished_on = date '2021-03-20' where id = :second",
            "update contest set unit_id = :u3 where id in (:first, :second)",
            "update contest_registration set unit_id = :u2 where contest_id = :second and unit_id = :u3",
            "update contest_registration set contest_id = :second where contest_id = :first and unit_id = :u3",
            "delete from contest_registration where contest_id = :first and unit_id = :u1",
            "update contest set status = 'OPEN', finished_on = null where id = :first",
            "delete from contest where id = :second",
            "update contest set status = 'FINISHED', finished_on = date '2021-05-05' where id = :first",
            "delete from contest where id = :first");
    for (String change : changes) {
      jdbc.sql(change)
          .param("first", first)
          .param("second", second)
          .param("u1", union1)
          .param("u2", union2)
          .param("u3", union3)
          .update();
      ledger.assertKeptAsCounted("contests/", COUNTED);
    }
    ledger.assertRebuildChangesNothing("contests/");
  }

  @Test
  void readsTheSameFiguresFromTheLedgerAsByCountingAlsoForMovedAndEndedUnits() {
    long first = contest(districtA, "FINISHED", "2021-02-10");
    long second = contest(districtB, "FINISHED", "2021-09-05");
    entry(first, union1, null);
    entry(first, union2, "Giải Nhì");
    entry(first, union3, null);
    entry(second, union1, "Giải Nhất");
    entry(second, union3, null);
    Users.runAs(
        provinceOfficer,
        () -> {
          hierarchy.move(union1, districtB, LocalDate.of(2021, 6, 1));
          hierarchy.dissolve(union2, LocalDate.of(2021, 7, 1));
        });

    LocalDate yearStart = LocalDate.of(2021, 1, 1);
    LocalDate yearEnd = LocalDate.of(2021, 12, 31);
    assertThat(bothWays(province, yearEnd, yearStart, yearEnd))
        .containsExactlyInAnyOrder(
            new ContestTally(districtA, 1, 1, 1), new ContestTally(districtB, 1, 4, 1));
    assertThat(bothWays(province, LocalDate.of(2021, 5, 31), yearStart, yearEnd))
        .containsExactlyInAnyOrder(
            new ContestTally(districtA, 1, 3, 2), new ContestTally(districtB, 1, 2, 0));
    assertThat(bothWays(districtB, yearEnd, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28)))
        .containsExactlyInAnyOrder(
            new ContestTally(union1, 0, 1, 0), new ContestTally(union3, 0, 1, 0));
    assertThat(bothWays(districtA, yearEnd, yearStart, yearEnd))
        .containsExactlyInAnyOrder(
            new ContestTally(null, 1, 0, 0), new ContestTally(union2, 0, 1, 1));
    ledger.assertKeptAsCounted("contests/", COUNTED);
    ledger.assertRebuildChangesNothing("contests/");
  }

  /** The figures of the subtree as of the day with the ledger, after checking counting. */
  private List<ContestTally> bothWays(long root, LocalDate asOf, LocalDate from, LocalDate to) {
    return ledger.assertBothWays(
        root, asOf, from, to, figures::fromLedger, figures::counted, figures::tally);
  }

  private long person(long unit, String name) {
    return people.register(
        new NewPerson(
            unit, name, Gender.MALE, 1990, "Thợ tiện", true, true, LocalDate.of(2012, 1, 2)));
  }

  private long contest(long unitId, String status, String finishedOn) {
    return jdbc.sql(
            """
            insert into contest (unit_id, name, held_from, held_to, registration_closes_on,
                                 entry_kind, scale_min, scale_max, status, finished_on, created_by)
            values (:unit, 'Hội thi sổ tổng hợp', date '2021-01-01', date '2021-01-02',
                    date '2021-01-01', 'TEAM', 0, 10, :status, :finished, 'test')
            returning id
            """)
        .param("unit", unitId)
        .param("status", status)
        .param("finished", finishedOn == null ? null : LocalDate.parse(finishedOn))
        .query(Long.class)
        .single();
  }

  private void entry(long contestId, long unitId, String prize) {
    jdbc.sql(
            """
            insert into contest_registration (contest_id, unit_id, team_name, entrant_name,
                                              registered_on, registered_by, prize)
            values (:contest, :unit, 'Tổ thợ', 'Tổ thợ', date '2021-01-01', 'test', :prize)
            """)
        .param("contest", contestId)
        .param("unit", unitId)
        .param("prize", prize)
        .update();
  }
}
