package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.dataset.RollupSql.Totals;
import vn.thidua.people.People;
import vn.thidua.shared.text.SearchText;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDatasetTests {

  private static final LocalDate BEFORE_REFORM = LocalDate.of(2020, 9, 30);
  private static final LocalDate AFTER_REFORM = LocalDate.of(2026, 1, 1);

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired People peopleModule;

  private final DatasetSpec spec =
      new DatasetSpec(
          "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
          2,
          12,
          50,
          5_000,
          false);
  private DatasetReport report;
  private List<String> provincePaths;

  @BeforeAll
  void generateATinyCountry() throws SQLException {
    List<String> log = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      report = NationalDataset.generate(connection, spec, log::add);
    }
    assertThat(log).anyMatch(line -> line.contains("unit_figures"));
    provincePaths =
        jdbc.sql("select path from org_unit where code like :codes order by code")
            .param("codes", spec.codePrefix() + "-P%")
            .query(String.class)
            .list();
  }

  @Test
  void makesTheRequestedUnitsWithTwoFigureRecordsEach() {
    assertThat(provincePaths).hasSize(2);
    assertThat(report.intermediates()).isEqualTo(12);
    assertThat(countBelowProvinces("GRASSROOTS")).isEqualTo(50);
    assertThat(countBelowProvinces("WARD")).isEqualTo(4);
    assertThat(report.figures()).isEqualTo(100);
    assertThat(report.steps()).extracting(DatasetReport.Step::name).contains("unit_figures");
  }

  @Test
  void addsTheLatestWorkersUpToTheRequestedTotal() {
    assertThat(report.workers()).isEqualTo(5_000);
  }

  @Test
  void placesEveryUnitUnderItsParentsPath() {
    for (String province : provincePaths) {
      long misplaced =
          jdbc.sql(
                  """
                  select count(*) from org_unit u join org_unit parent on parent.id = u.parent_id
                  where starts_with(u.path, :province) and u.path <> parent.path || u.id || '/'
                  """)
              .param("province", province)
              .query(Long.class)
              .single();
      assertThat(misplaced).isZero();
    }
  }

  @Test
  void keepsEachPlacementInsideAPlacementOfItsParent() {
    for (String province : provincePaths) {
      long orphans =
          jdbc.sql(
                  """
                  select count(*) from unit_placement p
                  where p.path > :province and starts_with(p.path, :province)
                    and not exists (
                      select 1 from unit_placement parent
                      where parent.unit_id = p.parent_id
                        and p.path = parent.path || p.unit_id || '/'
                        and parent.valid_from <= p.valid_from
                        and (parent.valid_to is null
                             or (p.valid_to is not null and parent.valid_to >= p.valid_to)))
                  """)
              .param("province", province)
              .query(Long.class)
              .single();
      assertThat(orphans).isZero();
    }
  }

  @Test
  void neverPlacesAUnitTwiceOnTheSameDay() {
    long overlaps =
        jdbc.sql(
                """
                select count(*) from unit_placement a join unit_placement b
                  on a.unit_id = b.unit_id and a.id < b.id
                 and a.valid_from < coalesce(b.valid_to, 'infinity')
                 and b.valid_from < coalesce(a.valid_to, 'infinity')
                where starts_with(a.path, :first) or starts_with(a.path, :second)
                """)
            .param("first", provincePaths.get(0))
            .param("second", provincePaths.get(1))
            .query(Long.class)
            .single();
    assertThat(overlaps).isZero();
  }

  @Test
  void rollsUpEachGrassrootsUnionOnceOnEitherSideOfTheReform() throws SQLException {
    for (LocalDate day : List.of(BEFORE_REFORM, AFTER_REFORM)) {
      Totals first = rollup(provincePaths.get(0), day);
      Totals second = rollup(provincePaths.get(1), day);
      assertThat(first.grassrootsUnits() + second.grassrootsUnits())
          .as("grassroots unions standing on %s", day)
          .isEqualTo(standingInDataset(day));
      assertThat(first.workers() + second.workers())
          .as("workers on %s", day)
          .isEqualTo(workersInDataset(day));
    }
  }

  @Test
  void breaksTheProvinceRollUpDownIntoItsChildren() throws SQLException {
    String province = provincePaths.get(0);
    for (LocalDate day : List.of(BEFORE_REFORM, AFTER_REFORM)) {
      Totals total = rollup(province, day);
      Map<Long, Totals> children;
      try (Connection connection = dataSource.getConnection()) {
        children = RollupSql.byChild(connection, province, day);
      }
      assertThat(children.values().stream().mapToLong(Totals::workers).sum())
          .isEqualTo(total.workers());
      assertThat(children.values().stream().mapToLong(Totals::grassrootsUnits).sum())
          .isEqualTo(total.grassrootsUnits());
      for (Map.Entry<Long, Totals> child : children.entrySet()) {
        if (child.getKey() != 0) {
          assertThat(child.getValue()).isEqualTo(rollup(province + child.getKey() + "/", day));
        }
      }
    }
  }

  @Test
  void movesTheGrassrootsOfAReformedDistrictToItsWards() throws SQLException {
    var reformed =
        jdbc.sql(
                """
                select u.path from org_unit u join unit_level l on l.id = u.level_id
                where l.code = 'DISTRICT' and u.ended_on = :reform and u.code like :codes
                """)
            .param("reform", DatasetSpec.REFORM_DAY)
            .param("codes", spec.codePrefix() + "-%")
            .query(String.class)
            .list();
    assertThat(reformed).hasSize(2);
    String district = reformed.get(0);
    Totals before = rollup(district, BEFORE_REFORM);
    assertThat(before.grassrootsUnits()).isPositive();
    assertThat(before.workers()).isPositive();
    assertThat(rollup(district, AFTER_REFORM)).isEqualTo(new Totals(0, 0, 0, 0, 0));
    long movedToWards =
        jdbc.sql(
                """
                select count(distinct later.unit_id) from unit_placement earlier
                join unit_placement later on later.unit_id = earlier.unit_id
                 and later.valid_from = earlier.valid_to
                join org_unit ward on ward.id = later.parent_id
                join unit_lineage split on split.predecessor_id = earlier.parent_id
                 and split.successor_id = ward.id
                where starts_with(earlier.path, :district) and earlier.valid_to = :reform
                """)
            .param("district", district)
            .param("reform", DatasetSpec.REFORM_DAY)
            .query(Long.class)
            .single();
    assertThat(movedToWards).isPositive();
  }

  @Test
  void generatesOnePersonPerWorkerAndLeavesThePersonTableAsItWas() throws SQLException {
    var withPeople = new DatasetSpec(spec.codePrefix() + "P", 1, 3, 4, 400, true);
    List<String> schemaBefore = personIndexesAndConstraints();
    DatasetReport generated;
    try (Connection connection = dataSource.getConnection()) {
      generated = NationalDataset.generate(connection, withPeople, line -> {});
    }
    assertThat(generated.people()).isEqualTo(400);
    assertThat(personIndexesAndConstraints()).isEqualTo(schemaBefore);
    String province =
        jdbc.sql("select path from org_unit where code = :code")
            .param("code", withPeople.codePrefix() + "-P01")
            .query(String.class)
            .single();
    List<GeneratedPerson> people =
        jdbc.sql(
                """
                select p.full_name, p.search_name, p.sort_key, p.gender, p.birth_year,
                       p.started_on, p.left_on, u.founded_on, u.ended_on
                from person p join org_unit u on u.id = p.unit_id
                where starts_with(u.path, :province)
                """)
            .param("province", province)
            .query(GeneratedPerson.class)
            .list();
    assertThat(people).hasSize(400);
    int latestBirthYear = LocalDate.now().getYear() - 16;
    for (GeneratedPerson person : people) {
      String folded = SearchText.fold(person.fullName());
      assertThat(person.fullName()).matches("\\S+ \\S+ \\S+");
      assertThat(person.searchName()).isEqualTo(folded);
      assertThat(person.sortKey())
          .isEqualTo(folded.substring(folded.lastIndexOf(' ') + 1) + " " + folded);
      assertThat(person.birthYear()).isBetween(1940, latestBirthYear);
      assertThat(person.startedOn())
          .isAfterOrEqualTo(person.foundedOn())
          .isBeforeOrEqualTo(LocalDate.now());
      assertThat(person.startedOn().getYear()).isGreaterThanOrEqualTo(person.birthYear() + 15);
      assertThat(person.leftOn()).isEqualTo(person.endedOn());
    }
    long women =
        jdbc.sql(
                """
                select sum(f.women_workers) from unit_figures f join org_unit u on u.id = f.unit_id
                where starts_with(u.path, :province) and f.valid_to is null
                """)
            .param("province", province)
            .query(Long.class)
            .single();
    assertThat(people).filteredOn(p -> p.gender().equals("FEMALE")).hasSize((int) women);
    assertThat(people).filteredOn(p -> p.gender().equals("MALE")).hasSize(400 - (int) women);
    long provinceId = Long.parseLong(province.replaceAll(".*/(\\d+)/$", "$1"));
    assertThat(peopleModule.countInSubtree(provinceId))
        .isEqualTo(people.stream().filter(p -> p.leftOn() == null).count());
  }

  record GeneratedPerson(
      String fullName,
      String searchName,
      String sortKey,
      String gender,
      int birthYear,
      LocalDate startedOn,
      LocalDate leftOn,
      LocalDate foundedOn,
      LocalDate endedOn) {}

  private List<String> personIndexesAndConstraints() {
    return jdbc.sql(
            """
            select pg_get_indexdef(indexrelid) from pg_index where indrelid = 'person'::regclass
            union all
            select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
            where conrelid = 'person'::regclass
            order by 1
            """)
        .query(String.class)
        .list();
  }

  @Test
  void generatesNoPeopleWhenThePersonTableHasColumnsItDoesNotKnow() throws SQLException {
    var withPeople = new DatasetSpec(spec.codePrefix() + "Q", 1, 3, 2, 20, true);
    List<String> log = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try {
        execute(
            connection,
            "create temp table person (id bigserial primary key, unit_id bigint not null,"
                + " national_id text not null)");
        assertThat(NationalDataset.generate(connection, withPeople, log::add).people()).isZero();
        assertThat(log).anyMatch(line -> line.contains("[national_id]"));
      } finally {
        execute(connection, "drop table if exists pg_temp.person");
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long workersInDataset(LocalDate day) {
    return provincePaths.stream()
        .mapToLong(
            province ->
                jdbc.sql(
                        """
                        select coalesce(sum(f.workers), 0) from org_unit u
                        join unit_figures f on f.unit_id = u.id and f.valid_from <= :day
                         and (f.valid_to is null or f.valid_to > :day)
                        where starts_with(u.path, :province)
                          and u.founded_on <= :day and (u.ended_on is null or u.ended_on > :day)
                        """)
                    .param("province", province)
                    .param("day", day)
                    .query(Long.class)
                    .single())
        .sum();
  }

  private long countBelowProvinces(String level) {
    return provincePaths.stream()
        .mapToLong(
            province ->
                jdbc.sql(
                        """
                        select count(*) from org_unit u join unit_level l on l.id = u.level_id
                        where l.code = :level and starts_with(u.path, :province)
                        """)
                    .param("level", level)
                    .param("province", province)
                    .query(Long.class)
                    .single())
        .sum();
  }

  private long standingInDataset(LocalDate day) {
    return provincePaths.stream()
        .mapToLong(
            province ->
                jdbc.sql(
                        """
                        select count(*) from org_unit u join unit_level l on l.id = u.level_id
                        where l.code = 'GRASSROOTS' and starts_with(u.path, :province)
                          and u.founded_on <= :day and (u.ended_on is null or u.ended_on > :day)
                        """)
                    .param("province", province)
                    .param("day", day)
                    .query(Long.class)
                    .single())
        .sum();
  }

  private Totals rollup(String prefix, LocalDate day) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return RollupSql.total(connection, prefix, day);
    }
  }
}
