package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.movement.MovementFigures.MovementTally;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.LedgerChecks;
import vn.thidua.testing.Users;

/**
 * The triggers of V66 keep the launches of movements in the ledger as counting them gives (V71 the
 * registrations: {@link RegistrationLedgerTests}), and a review reads the same movement figures
 * with the ledger as by counting.
 */
@IntegrationTest
class MovementLedgerTests {

  /** movements/launched/KIND, counted from the records. */
  static final String COUNTED =
      """
      select organiser_id as unit_id,
             date_trunc('month', (launched_at at time zone 'Asia/Ho_Chi_Minh')::date)::date as month,
             'movements/launched/' || kind as figure, count(*) as amount
        from movement where status = 'LAUNCHED'
       group by 1, 2, 3
      """;

  @Autowired MovementWorld world;
  @Autowired MovementFigureQueries figures;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;

  long province;
  long districtA;
  long districtB;
  long union1;
  long union2;
  long union3;

  @BeforeEach
  void units() {
    province = fixtures.province("Tỉnh sổ phong trào");
    districtA = fixtures.unit(province, "Huyện A phong trào", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B phong trào", "DISTRICT");
    union1 = fixtures.grassroots(districtA, "Công đoàn 1 phong trào");
    union2 = fixtures.grassroots(districtA, "Công đoàn 2 phong trào");
    union3 = fixtures.grassroots(districtB, "Công đoàn 3 phong trào");
  }

  @Test
  void keepsTheLaunchOfAMovement() {
    MovementWorld.Units units = world.units();
    world.launched(units, "Phong trào sổ tổng hợp", LocalDate.now().plusDays(5));

    ledger.assertKeptAsCounted("movements/launched/", COUNTED);
    ledger.assertRebuildChangesNothing("movements/");
    LocalDate today = LocalDate.now(Dates.VIETNAM);
    LocalDate from = today.withDayOfMonth(1);
    LocalDate to = today.withDayOfMonth(today.lengthOfMonth());
    assertThat(bothWays(units.province(), to, from, to))
        .containsExactly(new MovementTally(units.district(), 1, 0, 0, 0, 0));
  }

  @Test
  void keepsTheLaunchesWhateverStatementsChangeMovements() {
    jdbc.sql(
            """
            insert into movement (organiser_id, kind, name, search_name, status, created_by)
            values (:a, 'REGULAR', 'Phong trào 1', 'phong trao 1', 'DRAFT', 'test'),
                   (:b, 'THEMATIC', 'Phong trào 2', 'phong trao 2', 'DRAFT', 'test'),
                   (:b, 'CAMPAIGN', 'Phong trào 3', 'phong trao 3', 'DRAFT', 'test')
            """)
        .param("a", districtA)
        .param("b", districtB)
        .update();
    ledger.assertKeptAsCounted("movements/launched/", COUNTED);

    List<String> changes =
        List.of(
            "update movement set status = 'LAUNCHED', launched_at = timestamptz '2021-04-30 17:30Z'"
                + " where organiser_id in (:a, :b)",
            "update movement set launched_at = timestamptz '2021-03-31 16:30Z' where organiser_id = :a",
            "update movement set kind = 'CAMPAIGN' where organiser_id = :a",
            "update movement set organiser_id = :p where organiser_id = :b and kind = 'THEMATIC'",
            "delete from movement where organiser_id = :b",
            "update movement set status = 'DRAFT' where organiser_id = :a",
            "delete from movement where organiser_id in (:a, :p)");
    for (String change : changes) {
      jdbc.sql(change).param("a", districtA).param("b", districtB).param("p", province).update();
      ledger.assertKeptAsCounted("movements/launched/", COUNTED);
    }
    ledger.assertRebuildChangesNothing("movements/");
  }

  @Test
  void readsTheSameFiguresWithTheLedgerAsByCountingAlsoForMovedAndEndedUnits() {
    long m1 = movement(districtA, "REGULAR", "2021-02-10 03:00Z", "2021-01-01");
    long m2 = movement(districtB, "THEMATIC", "2021-04-30 17:30Z", "2021-05-01");
    movement(province, "CAMPAIGN", "2021-06-15 03:00Z", "2021-06-15");
    registration(m1, union1, "APPROVED");
    registration(m1, union2, "SUBMITTED");
    registration(m1, union3, "DRAFT");
    registration(m2, union1, "APPROVED");
    registration(m2, union3, "RETURNED");
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          hierarchy.move(union1, districtB, LocalDate.of(2021, 6, 1));
          hierarchy.dissolve(union2, LocalDate.of(2021, 7, 1));
        });

    LocalDate yearStart = LocalDate.of(2021, 1, 1);
    LocalDate yearEnd = LocalDate.of(2021, 12, 31);
    assertThat(bothWays(province, yearEnd, yearStart, yearEnd))
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 1, 0, 0, 1, 0),
            new MovementTally(districtB, 0, 1, 0, 2, 2),
            new MovementTally(null, 0, 0, 1, 0, 0));
    assertThat(bothWays(province, LocalDate.of(2021, 5, 31), yearStart, yearEnd))
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 1, 0, 0, 2, 2),
            new MovementTally(districtB, 0, 1, 0, 1, 0),
            new MovementTally(null, 0, 0, 1, 0, 0));
    assertThat(bothWays(province, yearEnd, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31)))
        .as("launched on 1 May in Vietnam, 30 April in UTC")
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 0, 0, 0, 1, 0),
            new MovementTally(districtB, 0, 1, 0, 2, 2));
    assertThat(bothWays(province, yearEnd, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30)))
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 0, 0, 0, 1, 0),
            new MovementTally(districtB, 0, 0, 0, 1, 1));
    ledger.assertKeptAsCounted("movements/launched/", COUNTED);
    ledger.assertRebuildChangesNothing("movements/");
  }

  /** The figures of the subtree as of the day with the ledger, after checking counting. */
  private List<MovementTally> bothWays(long root, LocalDate asOf, LocalDate from, LocalDate to) {
    return ledger.assertBothWays(
        root, asOf, from, to, figures::fromLedger, figures::counted, figures::tally);
  }

  private long movement(long organiserId, String kind, String launchedAt, String startsOn) {
    return jdbc.sql(
            """
            insert into movement (organiser_id, kind, name, search_name, starts_on, ends_on,
                                  status, launched_at, launched_by, created_by)
            values (:organiser, :kind, 'Phong trào sổ', 'phong trao so', :starts,
                    date '2021-12-31', 'LAUNCHED', :launched, 'test', 'test')
            returning id
            """)
        .param("organiser", organiserId)
        .param("kind", kind)
        .param("starts", LocalDate.parse(startsOn))
        .param("launched", OffsetDateTime.parse(launchedAt.replace(' ', 'T')))
        .query(Long.class)
        .single();
  }

  private void registration(long movementId, long unitId, String status) {
    jdbc.sql("insert into movement_participant (movement_id, unit_id) values (:m, :u)")
        .param("m", movementId)
        .param("u", unitId)
        .update();
    jdbc.sql(
            """
            insert into registration (movement_id, unit_id, status, review_reason, created_by)
            values (:m, :u, :status, case when :status = 'RETURNED' then 'Bổ sung' end, 'test')
            """)
        .param("m", movementId)
        .param("u", unitId)
        .param("status", status)
        .update();
  }
}
