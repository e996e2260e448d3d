package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * The roll-up reads rollup_delta, which triggers keep (V67). After figures are recorded, units
 * moved, merged, dissolved, levels edited and rows changed by hand, the deltas are those a
 * recomputation from every placement and figure gives, and the roll-up answers what the query over
 * the placements and figures of the subtree answers.
 */
@IntegrationTest
class RollUpLedgerTests {

  /** The roll-up as it was computed before the ledger: every placement under the root. */
  static final String RECOUNTED =
      """
      select nullif(split_part(substr(p.path, :prefixLength + 1), '/', 1), '')::bigint as child_id,
             count(*) filter (where l.grassroots) as grassroots_units,
             coalesce(sum(f.workers), 0) as workers,
             coalesce(sum(f.women_workers), 0) as women_workers,
             coalesce(sum(f.members), 0) as members,
             coalesce(sum(f.women_members), 0) as women_members
        from unit_placement p
        join org_unit u on u.id = p.unit_id
        join unit_level l on l.id = u.level_id
        left join unit_figures f
               on f.unit_id = p.unit_id
              and f.valid_from <= :d and (f.valid_to is null or f.valid_to > :d)
       where p.path >= :prefix and p.path < :upper
         and p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)
       group by 1
      """;

  static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate FIGURES_REVISED = LocalDate.of(2021, 3, 15);
  static final LocalDate MOVED = LocalDate.of(2022, 6, 10);
  static final LocalDate MERGED = LocalDate.of(2023, 1, 1);
  static final LocalDate DISSOLVED = LocalDate.of(2024, 2, 29);
  static final LocalDate TEAM_ENDED = LocalDate.of(2024, 12, 31);

  @Autowired Hierarchy hierarchy;
  @Autowired UnitFigures figures;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void theDeltasAndTheRollUpFollowEveryChangeOfTheTree() {
    long province = fixtures.province("Tỉnh sổ cộng dồn");
    long districtA = fixtures.unit(province, "Huyện A", "DISTRICT");
    long districtB = fixtures.unit(province, "Huyện B", "DISTRICT");
    List<Long> roots = new ArrayList<>(List.of(province, districtA, districtB));
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          long school = grassroots(districtA, "Trường sổ 1", 100, 80);
          long clinic = grassroots(districtA, "Trạm sổ 2", 40, 30);
          long factory = grassroots(districtB, "Nhà máy sổ 3", 300, 200);
          long team =
              hierarchy.create(
                  new Hierarchy.NewUnit(school, null, "Tổ sổ", "SUBUNIT", null, Y2020));
          figures.record(team, Y2020, new Headcount(10, 5, 10, 5));
          figures.record(school, FIGURES_REVISED, new Headcount(120, 60, 90, 40));
          figures.record(factory, FIGURES_REVISED.plusDays(1), new Headcount(310, 100, 210, 90));

          hierarchy.move(school, districtB, MOVED);
          long ward =
              hierarchy.merge(
                  new Hierarchy.Merger(
                      List.of(districtA, districtB),
                      null,
                      new Hierarchy.NewUnit(province, null, "Phường sổ", "WARD", "XA", MERGED),
                      MERGED));
          hierarchy.dissolve(clinic, DISSOLVED);
          roots.addAll(List.of(ward, school, factory));

          // By hand: a level that becomes grassroots, a unit that leaves it, figures rewritten,
          // a team whose place ends.
          String code = "SO-" + UUID.randomUUID().toString().substring(0, 8);
          jdbc.sql(
                  "insert into unit_level (code, name, name_en, tier, grassroots)"
                      + " values (:code, :code, :code, 4, false)")
              .param("code", code)
              .update();
          long cooperative =
              hierarchy.create(
                  new Hierarchy.NewUnit(
                      ward, null, "Hợp tác xã sổ", code, null, MERGED.plusMonths(1)));
          jdbc.sql(
                  "insert into unit_figures (unit_id, valid_from, workers, women_workers, members,"
                      + " women_members, recorded_by) values (:unit, :from, 25, 10, 20, 5, 'test')")
              .param("unit", cooperative)
              .param("from", MERGED.plusMonths(2))
              .update();
          jdbc.sql("update unit_level set grassroots = true where code = :code")
              .param("code", code)
              .update();
          jdbc.sql(
                  "update org_unit set level_id = (select id from unit_level where code = 'SUBUNIT')"
                      + " where id = :unit")
              .param("unit", factory)
              .update();
          jdbc.sql("update unit_figures set workers = workers + 7 where unit_id = :unit")
              .param("unit", school)
              .update();
          jdbc.sql("delete from unit_figures where unit_id = :unit and valid_from = :from")
              .param("unit", factory)
              .param("from", FIGURES_REVISED.plusDays(1))
              .update();
          jdbc.sql(
                  "update unit_figures set valid_to = null where unit_id = :unit"
                      + " and valid_to = :from")
              .param("unit", factory)
              .param("from", FIGURES_REVISED.plusDays(1))
              .update();
          jdbc.sql(
                  "update unit_placement set valid_to = :to where unit_id = :unit"
                      + " and valid_to is null")
              .param("unit", team)
              .param("to", TEAM_ENDED)
              .update();
        });

    assertThat(deltasNotRecomputed()).isZero();
    for (long root : roots) {
      for (LocalDate day : days()) {
        RollUp rollUp = figures.rollUp(root, day);
        assertThat(rows(rollUp))
            .as("unit %d on %s", root, day)
            .containsExactlyInAnyOrderElementsOf(recounted(root, day));
        assertThat(rollUp.total())
            .isEqualTo(
                rows(rollUp).stream()
                    .map(UnitFigures.GroupTotals::totals)
                    .reduce(Totals.ZERO, Totals::plus));
      }
    }
  }

  @Test
  void aUnitWithNoPlaceOnTheDayRollsUpNothing() {
    long district = fixtures.unit(fixtures.province("Tỉnh sổ trống"), "Huyện C", "DISTRICT");
    RollUp rollUp = figures.rollUp(district, Fixtures.LONG_AGO.minusDays(1));
    assertThat(rollUp.total()).isEqualTo(Totals.ZERO);
    assertThat(rollUp.children()).isEmpty();
  }

  /** Rows that differ between rollup_delta and a recomputation, both ways. */
  private long deltasNotRecomputed() {
    return jdbc.sql(
            """
            select (select count(*) from (select * from rollup_delta
                                          except all select * from rollup_expected()) a)
                 + (select count(*) from (select * from rollup_expected()
                                          except all select * from rollup_delta) b)
            """)
        .query(Long.class)
        .single();
  }

  private static List<LocalDate> days() {
    return List.of(
        Y2020.minusDays(1),
        Y2020,
        FIGURES_REVISED.minusDays(1),
        FIGURES_REVISED,
        FIGURES_REVISED.plusDays(1),
        MOVED.minusDays(1),
        MOVED,
        MERGED.minusDays(1),
        MERGED,
        MERGED.plusMonths(2),
        DISSOLVED,
        DISSOLVED.plusDays(1),
        TEAM_ENDED.minusDays(1),
        TEAM_ENDED,
        LocalDate.now(),
        LocalDate.of(2031, 7, 1));
  }

  /** The roll-up's rows: the root's own (child null) and one per unit directly below. */
  private static List<UnitFigures.GroupTotals> rows(RollUp rollUp) {
    List<UnitFigures.GroupTotals> rows = new ArrayList<>();
    rows.add(new UnitFigures.GroupTotals(null, rollUp.own()));
    for (RollUp.ChildTotals child : rollUp.children()) {
      rows.add(new UnitFigures.GroupTotals(child.unit().id(), child.totals()));
    }
    return rows;
  }

  /** The rows the old way: every placement under the root on the day. */
  private List<UnitFigures.GroupTotals> recounted(long unitId, LocalDate day) {
    String prefix =
        jdbc.sql(
                "select path from unit_placement where unit_id = :unit and valid_from <= :d"
                    + " and (valid_to is null or valid_to > :d)")
            .param("unit", unitId)
            .param("d", day)
            .query(String.class)
            .optional()
            .orElse(null);
    if (prefix == null) {
      return List.of(new UnitFigures.GroupTotals(null, Totals.ZERO));
    }
    return jdbc.sql(RECOUNTED)
        .param("prefixLength", prefix.length())
        .param("prefix", prefix)
        .param("upper", OrgUnits.pathUpperBound(prefix))
        .param("d", day)
        .query(
            (rs, n) ->
                new UnitFigures.GroupTotals(
                    rs.getObject("child_id", Long.class),
                    new Totals(
                        rs.getLong("grassroots_units"),
                        rs.getLong("workers"),
                        rs.getLong("women_workers"),
                        rs.getLong("members"),
                        rs.getLong("women_members"))))
        .list();
  }

  private long grassroots(long parent, String name, int workers, int members) {
    long id =
        hierarchy.create(new Hierarchy.NewUnit(parent, null, name, "GRASSROOTS", "TH", Y2020));
    figures.record(id, Y2020, new Headcount(workers, workers / 2, members, members / 2));
    return id;
  }
}
