package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.LedgerChecks;
import vn.thidua.testing.Users;

/**
 * The ledger answers what counting the same sums under {@link Subtree#placed()} answers, through
 * moves, ends and units founded after the day asked about, and its rolled-up rows are what a
 * rebuild from the units' own rows makes.
 */
@IntegrationTest
class TalliesTests {

  static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
  static final LocalDate MOVED = LocalDate.of(2025, 1, 1);
  static final LocalDate DISSOLVED = LocalDate.of(2025, 3, 1);
  static final LocalDate LATE_FOUNDING = LocalDate.of(2025, 2, 1);

  @Autowired Tallies tallies;
  @Autowired Subtrees subtrees;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;

  String prefix;
  long province;
  long districtA;
  long districtB;
  long unionA1;
  long unionA2;
  long unionB1;
  long team;
  SignedInUser officer;

  @BeforeEach
  void aProvinceWithRecords() {
    prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "/";
    province = fixtures.province("Tỉnh sổ tổng hợp");
    districtA = fixtures.unit(province, "Huyện A", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B", "DISTRICT");
    officer = Users.user(Role.OFFICER, province);
    Users.runAs(
        officer,
        () -> {
          unionA1 = union(districtA, "Công đoàn A1");
          unionA2 = union(districtA, "Công đoàn A2");
          unionB1 = union(districtB, "Công đoàn B1");
          team =
              hierarchy.create(
                  new Hierarchy.NewUnit(unionA1, null, "Tổ công đoàn", "SUBUNIT", null, FOUNDED));
        });
    add(unionA1, "2024-03-10", "x", 5);
    add(unionA2, "2024-06-30", "x", 7);
    add(unionB1, "2024-03-01", "x", 2);
    add(districtA, "2024-04-15", "x", 1);
    add(team, "2024-05-20", "y", 4);
    add(province, "2024-11-11", "x", 3);
  }

  @Test
  void sumsEachUnitBelowWithItsSubtreeAndTheRootsOwn() {
    Map<String, Long> sums = sums(province, LocalDate.of(2024, 12, 31), year(2024));

    assertThat(sums)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(districtA + " x", 13L, districtA + " y", 4L, districtB + " x", 2L, "own x", 3L));
    assertThat(sums(districtA, LocalDate.of(2024, 12, 31), months("2024-03", "2024-05")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(unionA1 + " x", 5L, unionA1 + " y", 4L, "own x", 1L));
    assertAsPlaced();
  }

  @Test
  void countsMovedEndedAndLateUnitsWhereTheDayPlacesThem() {
    add(unionA2, "2025-02-03", "x", 11);
    Users.runAs(
        officer,
        () -> {
          hierarchy.move(unionA2, districtB, MOVED);
          long late =
              hierarchy.create(
                  new Hierarchy.NewUnit(
                      districtA, null, "Công đoàn mới", "GRASSROOTS", null, LATE_FOUNDING));
          add(late, "2024-09-09", "x", 100);
          hierarchy.dissolve(unionB1, DISSOLVED);
        });
    add(unionB1, "2025-01-20", "x", 6);

    assertThat(sums(province, LocalDate.of(2024, 12, 31), year(2024)))
        .containsEntry(districtA + " x", 13L)
        .containsEntry(districtB + " x", 2L);
    assertThat(sums(province, LocalDate.of(2025, 6, 30), year(2024)))
        .containsEntry(districtA + " x", 106L)
        .containsEntry(districtB + " x", 9L);
    assertThat(sums(province, LocalDate.of(2025, 6, 30), months("2025-01", "2025-06")))
        .containsEntry(districtB + " x", 17L);
    assertAsPlaced();
  }

  @Test
  void answersWholeMonthsByUnitBelowOnly() {
    Subtree subtree = subtrees.find(province, LocalDate.of(2024, 12, 31)).orElseThrow();
    assertThat(tallies.covers(subtree, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isTrue();
    assertThat(tallies.covers(subtree, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)))
        .isFalse();
    assertThat(tallies.covers(subtree, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 28)))
        .isFalse();
    assertThat(
            tallies.covers(
                subtree.groupedBy(Subtree.Grouping.SECTOR, 2024),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)))
        .isFalse();
    assertThatThrownBy(
            () -> tallies.sum(subtree, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 31), prefix))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sumsEveryMonthUpToTheLastOneFromTheBeginningOfTime() {
    add(unionA1, "1999-07-01", "x", 9);
    Subtree subtree = subtrees.find(province, LocalDate.of(2025, 6, 30)).orElseThrow();

    List<Tallies.Tally> upTo = tallies.sumUpTo(subtree, LocalDate.of(2024, 5, 31), prefix);

    assertThat(upTo)
        .containsExactlyInAnyOrder(
            new Tallies.Tally(districtA, prefix + "x", 15),
            new Tallies.Tally(districtA, prefix + "y", 4),
            new Tallies.Tally(districtB, prefix + "x", 2));
    assertThat(upTo)
        .containsExactlyInAnyOrderElementsOf(
            tallies.sum(subtree, LocalDate.of(1999, 1, 1), LocalDate.of(2024, 5, 31), prefix));
    assertThatThrownBy(() -> tallies.sumUpTo(subtree, LocalDate.of(2024, 5, 30), prefix))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void takesBackWhatWasAddedAndMovedAway() {
    Users.runAs(officer, () -> hierarchy.move(unionA1, districtB, MOVED));
    add(unionA1, "2024-03-10", "x", -5);
    add(team, "2024-05-20", "y", -4);

    assertThat(sums(province, LocalDate.of(2025, 12, 31), year(2024)))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(districtA + " x", 8L, districtB + " x", 2L, "own x", 3L));
    assertAsPlaced();
  }

  /**
   * For every unit of the province, several days and periods: the ledger equals the units' own sums
   * counted under {@link Subtree#placed()}; and rebuilding the rolled-up rows (by place and by
   * founding day) changes nothing.
   */
  private void assertAsPlaced() {
    List<Long> roots = List.of(province, districtA, districtB, unionA1);
    for (long root : roots) {
      for (String day : List.of("2024-12-31", "2025-01-01", "2025-02-15", "2025-06-30")) {
        for (LocalDate[] period :
            List.of(year(2024), year(2025), months("2024-03", "2025-02"), months("2024-06", ""))) {
          LocalDate asOf = LocalDate.parse(day);
          subtrees
              .find(root, asOf)
              .ifPresent(
                  subtree ->
                      assertThat(sums(root, asOf, period))
                          .as("%d on %s over %s..%s", root, asOf, period[0], period[1])
                          .isEqualTo(counted(subtree, period)));
        }
      }
    }
    ledger.assertRebuildChangesNothing(prefix);
  }

  private Map<String, Long> counted(Subtree subtree, LocalDate[] period) {
    Map<String, Object> parameters = subtree.parameters(period[0], period[1]);
    parameters.put("prefix", prefix + "%");
    Map<String, Long> sums = new HashMap<>();
    jdbc.sql(
            "with "
                + subtree.placed()
                + """
                select pl.child_id, t.figure, sum(t.amount) as amount
                  from unit_tally t join placed pl on pl.unit_id = t.unit_id
                 where t.figure like :prefix and t.month between :from and :to
                 group by 1, 2 having sum(t.amount) <> 0
                """)
        .params(parameters)
        .query(
            rs -> {
              Object child = rs.getObject("child_id");
              sums.put(
                  (child == null ? "own" : child.toString())
                      + " "
                      + rs.getString("figure").substring(prefix.length()),
                  rs.getLong("amount"));
            });
    return sums;
  }

  private Map<String, Long> sums(long root, LocalDate asOf, LocalDate[] period) {
    Subtree subtree = subtrees.find(root, asOf).orElseThrow();
    Map<String, Long> sums = new HashMap<>();
    for (Tallies.Tally tally : tallies.sum(subtree, period[0], period[1], prefix)) {
      sums.put(
          (tally.childId() == null ? "own" : tally.childId().toString())
              + " "
              + tally.figure().substring(prefix.length()),
          tally.amount());
    }
    return sums;
  }

  private void add(long unitId, String day, String figure, long amount) {
    jdbc.sql(
            "select add_unit_tallies(array[:unit]::bigint[], array[:day]::date[],"
                + " array[:figure]::text[], array[:amount]::bigint[])")
        .param("unit", unitId)
        .param("day", LocalDate.parse(day))
        .param("figure", prefix + figure)
        .param("amount", amount)
        .query()
        .listOfRows();
  }

  private long union(long parent, String name) {
    return hierarchy.create(new Hierarchy.NewUnit(parent, null, name, "GRASSROOTS", null, FOUNDED));
  }

  private static LocalDate[] year(int year) {
    return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
  }

  /** "yyyy-MM" to "yyyy-MM" (an empty end: the same month). */
  private static LocalDate[] months(String first, String last) {
    LocalDate from = LocalDate.parse(first + "-01");
    LocalDate to = last.isEmpty() ? from : LocalDate.parse(last + "-01");
    return new LocalDate[] {from, to.withDayOfMonth(to.lengthOfMonth())};
  }
}
