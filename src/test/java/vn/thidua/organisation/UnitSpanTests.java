package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * unit_span (V70, V73) is each unit's placements, with their parent and the day the next place
 * began, after every kind of reorganisation and plain SQL; and {@link Subtree#placed()} over it
 * places units on any day as looking for a later place of each ended unit did before.
 */
@IntegrationTest
class UnitSpanTests {

  static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

  /** The placement a subtree counted a unit at before V70, kept here as the reference. */
  private static final String PLACED_BY_LOOKING_AHEAD =
      """
      select p.unit_id,
             nullif(split_part(substr(p.path, :subtreeLength + 1), '/', 1), '')::bigint as child_id
        from unit_placement p
       where p.path >= :subtreePath and p.path < :subtreeUpper
         and p.valid_from <= :subtreeAsOf
         and (p.valid_to is null or p.valid_to > :subtreeAsOf
              or not exists (select 1 from unit_placement later
                              where later.unit_id = p.unit_id
                                and later.valid_from >= p.valid_to
                                and later.valid_from <= :subtreeAsOf))
       order by 1, 2
      """;

  @Autowired Hierarchy hierarchy;
  @Autowired Subtrees subtrees;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long districtA;
  long districtB;
  long unionA1;
  long unionA2;
  long unionB1;
  SignedInUser officer;

  @BeforeEach
  void aProvince() {
    province = fixtures.province("Tỉnh khoảng thời gian");
    districtA = fixtures.unit(province, "Huyện A", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B", "DISTRICT");
    officer = Users.user(Role.OFFICER, province);
    Users.runAs(
        officer,
        () -> {
          unionA1 = union(districtA, "Công đoàn A1");
          unionA2 = union(districtA, "Công đoàn A2");
          unionB1 = union(districtB, "Công đoàn B1");
        });
  }

  @Test
  void followsMovesMergersSplitsAndEnds() {
    assertSpansAsPlaced();
    Users.runAs(officer, () -> hierarchy.move(unionA2, districtB, LocalDate.of(2024, 7, 1)));
    assertSpansAsPlaced();
    Users.runAs(officer, () -> hierarchy.move(unionA2, districtA, LocalDate.of(2025, 2, 1)));
    assertSpansAsPlaced();
    Users.runAs(
        officer,
        () ->
            hierarchy.merge(
                new Hierarchy.Merger(
                    List.of(districtB), districtA, null, LocalDate.of(2025, 6, 1))));
    assertSpansAsPlaced();
    Users.runAs(officer, () -> hierarchy.dissolve(unionB1, LocalDate.of(2025, 9, 1)));
    assertSpansAsPlaced();

    for (String day :
        List.of(
            "2019-12-31",
            "2020-01-01",
            "2024-06-30",
            "2024-07-01",
            "2025-01-31",
            "2025-02-01",
            "2025-05-31",
            "2025-06-01",
            "2025-08-31",
            "2025-09-01",
            "2026-12-31")) {
      assertPlacedAsBefore(province, LocalDate.parse(day));
      assertPlacedAsBefore(districtA, LocalDate.parse(day));
      assertPlacedAsBefore(districtB, LocalDate.parse(day));
    }
  }

  @Test
  void followsSplits() {
    List<List<Long>> parts = new java.util.ArrayList<>();
    Users.runAs(
        officer,
        () ->
            parts.add(
                hierarchy.split(
                    districtA,
                    new Hierarchy.Split(
                        LocalDate.of(2025, 4, 1),
                        List.of(
                            new Hierarchy.Split.Part(
                                null, "Huyện A Bắc", null, null, List.of(unionA1)),
                            new Hierarchy.Split.Part(
                                null, "Huyện A Nam", null, null, List.of(unionA2)))))));
    assertThat(parts.get(0)).hasSize(2);
    assertSpansAsPlaced();
    for (String day : List.of("2025-03-31", "2025-04-01", "2026-01-01")) {
      assertPlacedAsBefore(province, LocalDate.parse(day));
      assertPlacedAsBefore(districtA, LocalDate.parse(day));
    }
  }

  @Test
  void followsPlainStatements() {
    jdbc.sql(
            """
            update unit_placement set valid_to = '2023-05-01'
             where unit_id = :unit and valid_to is null
            """)
        .param("unit", unionB1)
        .update();
    assertSpansAsPlaced();
    jdbc.sql(
            """
            insert into unit_placement (unit_id, parent_id, path, valid_from)
            select :unit, parent_id, path, '2024-01-01' from unit_placement
             where unit_id = :other and valid_to is null
            """)
        .param("unit", unionB1)
        .param("other", unionA1)
        .update();
    assertSpansAsPlaced();
    assertPlacedAsBefore(province, LocalDate.of(2023, 12, 31));
    assertPlacedAsBefore(province, LocalDate.of(2024, 1, 1));
    jdbc.sql("delete from unit_placement where unit_id = :unit and valid_from = '2024-01-01'")
        .param("unit", unionB1)
        .update();
    assertSpansAsPlaced();
    assertPlacedAsBefore(province, LocalDate.of(2024, 1, 1));
  }

  private void assertSpansAsPlaced() {
    List<Map<String, Object>> spans =
        jdbc.sql(
                """
                select unit_id, valid_from, placed_to, path, parent_id from unit_span
                 where path like :path order by 1, 2
                """)
            .param("path", "%/" + province + "/%")
            .query()
            .listOfRows();
    List<Map<String, Object>> placements =
        jdbc.sql(
                """
                select unit_id, valid_from,
                       coalesce(lead(valid_from) over (partition by unit_id order by valid_from),
                                'infinity'::date) as placed_to,
                       path, parent_id
                  from unit_placement where path like :path order by 1, 2
                """)
            .param("path", "%/" + province + "/%")
            .query()
            .listOfRows();
    assertThat(spans).isNotEmpty().isEqualTo(placements);
  }

  private void assertPlacedAsBefore(long root, LocalDate day) {
    Subtree subtree = subtrees.find(root, day).orElseThrow();
    List<Map<String, Object>> placed =
        jdbc.sql("with " + subtree.placed() + "select unit_id, child_id from placed order by 1, 2")
            .params(subtree.parameters())
            .query()
            .listOfRows();
    List<Map<String, Object>> before =
        jdbc.sql(PLACED_BY_LOOKING_AHEAD).params(subtree.parameters()).query().listOfRows();
    assertThat(placed).as("%s on %s", root, day).isEqualTo(before);
  }

  private long union(long parent, String name) {
    return hierarchy.create(new Hierarchy.NewUnit(parent, null, name, "GRASSROOTS", null, FOUNDED));
  }
}
