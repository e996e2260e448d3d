package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * The triggers of V71 keep units registered and registrations approved in the ledger as their
 * recomputation from the registrations gives, whatever changes registrations and movements, and a
 * review reads the same figures with the ledger as by counting, for periods that cut, hold or fall
 * between a unit's runs of months.
 */
@IntegrationTest
class RegistrationLedgerTests {

  static final String PREFIX = "movements/registered/";

  /** The rows every unit's registrations make now, recomputed from scratch. */
  static final String RECOMPUTED =
      """
      select unit_id, month, figure, amount
        from registration_tally_rows(array(select distinct unit_id from registration))
      """;

  @Autowired MovementWorld world;
  @Autowired Registrations registrations;
  @Autowired MovementFigureQueries figures;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  long province;
  long districtA;
  long districtB;
  long union1;
  long union2;
  long union3;
  long union5;

  @BeforeEach
  void units() {
    province = fixtures.province("Tỉnh sổ đăng ký");
    districtA = fixtures.unit(province, "Huyện A đăng ký", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B đăng ký", "DISTRICT");
    union1 = fixtures.grassroots(districtA, "Công đoàn 1 đăng ký");
    union2 = fixtures.grassroots(districtA, "Công đoàn 2 đăng ký");
    union3 = fixtures.grassroots(districtB, "Công đoàn 3 đăng ký");
    union5 = fixtures.grassroots(districtB, "Công đoàn 5 đăng ký");
  }

  @Test
  void keepsTheRegistrationsMadeAndReviewedThroughTheService() {
    MovementWorld.Units units = world.units();
    MovementView movement =
        world.launched(units, "Phong trào sổ đăng ký", LocalDate.now().plusDays(5));
    long first = register(movement, units.factoryA());
    long second = register(movement, units.factoryB());
    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);

    Users.runAs(Users.user(Role.OFFICER, units.factoryA()), () -> registrations.submit(first, 0));
    Users.runAs(Users.user(Role.OFFICER, units.factoryB()), () -> registrations.submit(second, 0));
    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    Users.runAs(
        Users.user(Role.OFFICER, units.district()),
        () -> {
          registrations.approve(first, 1);
          registrations.reject(second, "Chỉ tiêu thấp", 1);
        });
    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    ledger.assertRebuildChangesNothing("movements/");

    LocalDate from = movement.startsOn().withDayOfMonth(1);
    LocalDate to = YearMonth.now(Dates.VIETNAM).atEndOfMonth();
    assertThat(bothWays(units.province(), to.plusYears(1), from, to))
        .containsExactly(new MovementTally(units.district(), 1, 0, 0, 2, 1));
  }

  @Test
  void keepsTheRegistrationsWhateverStatementsChangeThemAndTheirMovements() {
    long q1 = movement("2021-01-10", "2021-03-20");
    long q4 = movement("2021-10-05", "2021-12-31");
    long overlapping = movement("2021-02-15", "2021-05-31");
    for (long m : new long[] {q1, q4, overlapping}) {
      for (long unit : new long[] {union1, union2, union3}) {
        participant(m, unit);
      }
    }
    jdbc.sql(
            """
            insert into registration (movement_id, unit_id, status, created_by)
            select p.movement_id, p.unit_id, 'DRAFT', 'test'
              from movement_participant p where p.movement_id in (:q1, :q4, :overlapping)
            """)
        .param("q1", q1)
        .param("q4", q4)
        .param("overlapping", overlapping)
        .update();
    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);

    List<String> changes =
        List.of(
            "update registration set status = 'SUBMITTED' where movement_id in (:q1, :q4)",
            "update registration set status = 'APPROVED' where movement_id = :q4",
            "update registration set status = 'SUBMITTED' where movement_id = :overlapping"
                + " and unit_id = :u1",
            "update registration set status = 'REJECTED', review_reason = 'Không đạt'"
                + " where movement_id = :q4 and unit_id = :u2",
            "update movement set starts_on = date '2021-04-01' where id = :q4",
            "update movement set ends_on = date '2021-09-30', starts_on = date '2021-07-01'"
                + " where id in (:q4, :overlapping)",
            "update registration set status = 'APPROVED' where unit_id in (:u1, :u3)",
            "delete from registration where movement_id = :q1 and unit_id = :u1",
            "update registration set status = 'DRAFT' where movement_id = :q4 and unit_id = :u3",
            "update movement set starts_on = null where id = :overlapping",
            "delete from movement where id = :q4",
            "delete from registration where unit_id in (:u2, :u3)",
            "delete from movement where id in (:q1, :overlapping)");
    for (String change : changes) {
      jdbc.sql(change)
          .param("q1", q1)
          .param("q4", q4)
          .param("overlapping", overlapping)
          .param("u1", union1)
          .param("u2", union2)
          .param("u3", union3)
          .update();
      ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    }
    ledger.assertRebuildChangesNothing("movements/");
    assertThat(
            jdbc.sql(
                    "select count(*) from unit_tally where unit_id in (:u1, :u2, :u3)"
                        + " and figure like 'movements/registered/%' and amount <> 0")
                .param("u1", union1)
                .param("u2", union2)
                .param("u3", union3)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void readsTheSameFiguresWithTheLedgerAsByCountingForEveryPeriod() {
    long q1 = movement("2021-01-10", "2021-03-20");
    long q4 = movement("2021-10-05", "2021-12-31");
    long whole = movement("2021-01-01", "2022-12-31");
    long overlapping = movement("2021-02-15", "2021-05-31");
    long adjacent = movement("2021-06-01", "2021-08-31");
    long next = movement("2022-01-01", "2022-06-30");
    registration(q1, union1, "SUBMITTED");
    registration(q4, union1, "APPROVED");
    registration(next, union1, "APPROVED");
    registration(q1, union2, "APPROVED");
    registration(overlapping, union2, "APPROVED");
    registration(adjacent, union2, "SUBMITTED");
    registration(whole, union3, "APPROVED");
    registration(q1, union3, "REJECTED");
    registration(q4, union5, "DRAFT");
    registration(whole, union5, "RETURNED");
    long[] late = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          hierarchy.move(union3, districtA, LocalDate.of(2021, 6, 1));
          hierarchy.dissolve(union2, LocalDate.of(2021, 7, 1));
          late[0] =
              hierarchy.create(
                  new Hierarchy.NewUnit(
                      districtB,
                      null,
                      "Công đoàn mới đăng ký",
                      "GRASSROOTS",
                      null,
                      LocalDate.of(2022, 3, 1)));
        });
    registration(next, late[0], "SUBMITTED");
    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    ledger.assertRebuildChangesNothing("movements/");

    assertThat(bothWays(province, LocalDate.of(2021, 9, 30), month("2021-04"), end("2021-09")))
        .as("Apr–Sep: union 1 ran Jan–Mar and Oct–Dec")
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 0, 0, 0, 2, 2),
            new MovementTally(districtB, 0, 0, 0, 1, 0));
    assertThat(bothWays(province, LocalDate.of(2021, 12, 31), month("2021-01"), end("2021-12")))
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 0, 0, 0, 3, 4),
            new MovementTally(districtB, 0, 0, 0, 1, 0));
    assertThat(bothWays(province, LocalDate.of(2022, 12, 31), month("2022-01"), end("2022-12")))
        .as("the union founded in March 2022 counts as of the year's end")
        .containsExactlyInAnyOrder(
            new MovementTally(districtA, 0, 0, 0, 2, 2),
            new MovementTally(districtB, 0, 0, 0, 2, 0));

    List<String[]> periods =
        List.of(
            new String[] {"2020-01", "2020-12"},
            new String[] {"2021-01", "2021-03"},
            new String[] {"2021-03", "2021-04"},
            new String[] {"2021-04", "2021-04"},
            new String[] {"2021-06", "2021-06"},
            new String[] {"2021-09", "2021-09"},
            new String[] {"2021-07", "2021-12"},
            new String[] {"2021-10", "2022-03"},
            new String[] {"2022-01", "2022-02"},
            new String[] {"2022-03", "2022-12"},
            new String[] {"2022-07", "2022-12"},
            new String[] {"2023-01", "2023-12"});
    for (long root : new long[] {province, districtA, districtB, union1}) {
      for (String[] period : periods) {
        for (LocalDate asOf : List.of(end(period[1]), LocalDate.of(2022, 2, 28), end("2023-12"))) {
          bothWays(root, asOf, month(period[0]), end(period[1]));
        }
      }
    }
  }

  /**
   * Two transactions registering the same unit for adjacent movements: the second one's trigger
   * waits for the first to commit (the unit's lock) and then computes the one run both make, where
   * computing from what it saw before would have added a second run.
   */
  @Test
  void twoTransactionsRegisteringTheSameUnitQueueOnItsLock() throws Exception {
    long spring = movement("2021-01-01", "2021-03-31");
    long summer = movement("2021-04-01", "2021-06-30");
    participant(spring, union1);
    participant(summer, union1);
    concurrently(
        first -> register(first, spring, union1), second -> register(second, summer, union1));

    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    assertThat(
            jdbc.sql(
                    "select figure || ' ' || month from unit_tally where unit_id = :unit"
                        + " and figure like 'movements/registered/%' and amount <> 0")
                .param("unit", union1)
                .query(String.class)
                .list())
        .containsExactly("movements/registered/units/0000-00/2021-06 2021-01-01");
  }

  /**
   * A unit registers for a movement while another transaction changes the movement's days: the
   * registration's trigger waits for that transaction (its share lock on the movement) and then
   * computes with the new days.
   */
  @Test
  void aRegistrationWhileItsMovementsDaysChangeCountsTheNewDays() throws Exception {
    long spring = movement("2021-01-01", "2021-03-31");
    participant(spring, union1);
    concurrently(
        first -> {
          try (PreparedStatement update =
              first.prepareStatement(
                  "update movement set ends_on = date '2021-08-31' where id = ?")) {
            update.setLong(1, spring);
            update.executeUpdate();
          }
        },
        second -> register(second, spring, union1));

    ledger.assertKeptAsCounted(PREFIX, RECOMPUTED);
    ledger.assertRebuildChangesNothing("movements/");
  }

  /** Work on a connection. */
  private interface Work {
    void on(Connection connection) throws SQLException;
  }

  /**
   * Does the first work in a transaction, starts the second in another, waits until the second
   * waits for a lock (or has ended), commits the first and then the second.
   */
  private void concurrently(Work firstWork, Work secondWork) throws Exception {
    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      firstWork.on(first);
      long backend = backendOf(second);
      CompletableFuture<Void> secondDone =
          CompletableFuture.runAsync(
              () -> {
                try {
                  secondWork.on(second);
                  second.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      awaitLockWaitOrEnd(backend, secondDone);
      first.commit();
      secondDone.get(60, TimeUnit.SECONDS);
    }
  }

  private static void register(Connection connection, long movementId, long unitId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into registration (movement_id, unit_id, status, created_by)"
                + " values (?, ?, 'SUBMITTED', 'test')")) {
      insert.setLong(1, movementId);
      insert.setLong(2, unitId);
      insert.executeUpdate();
    }
  }

  private static long backendOf(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select pg_backend_pid()");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Waits (a minute at most) until the backend waits for a lock, or its work has ended (as it would
   * without the lock; the ledger is then wrong).
   */
  private void awaitLockWaitOrEnd(long backend, CompletableFuture<Void> work)
      throws InterruptedException {
    for (int attempt = 0; attempt < 600 && !work.isDone(); attempt++) {
      boolean waiting =
          jdbc.sql(
                  "select exists (select 1 from pg_stat_activity where pid = :pid"
                      + " and wait_event_type = 'Lock')")
              .param("pid", backend)
              .query(Boolean.class)
              .single();
      if (waiting) {
        return;
      }
      Thread.sleep(100);
    }
  }

  /** The figures of the subtree as of the day with the ledger, after checking counting. */
  private List<MovementTally> bothWays(long root, LocalDate asOf, LocalDate from, LocalDate to) {
    return ledger.assertBothWays(
        root, asOf, from, to, figures::fromLedger, figures::counted, figures::tally);
  }

  private static LocalDate month(String month) {
    return YearMonth.parse(month).atDay(1);
  }

  private static LocalDate end(String month) {
    return YearMonth.parse(month).atEndOfMonth();
  }

  private long register(MovementView movement, long unit) {
    long[] id = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, unit),
        () ->
            id[0] =
                registrations.register(movement.id(), MovementWorld.registration(movement, unit)));
    return id[0];
  }

  private long movement(String startsOn, String endsOn) {
    return jdbc.sql(
            """
            insert into movement (organiser_id, kind, name, search_name, starts_on, ends_on,
                                  status, launched_at, launched_by, created_by)
            values (:organiser, 'REGULAR', 'Phong trào sổ đăng ký', 'phong trao so dang ky',
                    :starts, :ends, 'LAUNCHED', timestamptz '2020-12-01 03:00Z', 'test', 'test')
            returning id
            """)
        .param("organiser", province)
        .param("starts", LocalDate.parse(startsOn))
        .param("ends", LocalDate.parse(endsOn))
        .query(Long.class)
        .single();
  }

  private void participant(long movementId, long unitId) {
    jdbc.sql("insert into movement_participant (movement_id, unit_id) values (:m, :u)")
        .param("m", movementId)
        .param("u", unitId)
        .update();
  }

  private void registration(long movementId, long unitId, String status) {
    participant(movementId, unitId);
    jdbc.sql(
            """
            insert into registration (movement_id, unit_id, status, review_reason, created_by)
            values (:m, :u, :status,
                    case when :status in ('RETURNED', 'REJECTED') then 'Bổ sung' end, 'test')
            """)
        .param("m", movementId)
        .param("u", unitId)
        .param("status", status)
        .update();
  }
}
