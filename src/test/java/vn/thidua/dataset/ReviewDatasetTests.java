package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.testing.IntegrationTest;

/** A tiny country with people, its initiatives, and the review's records of 2024 and 2025. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewDatasetTests {

  private static final int YEAR = 2025;

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private final DatasetSpec spec =
      new DatasetSpec(
          "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), 1, 3, 40, 2_000, true);
  private String province;

  @BeforeAll
  void generate() throws SQLException {
    List<String> log = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      NationalDataset.generate(connection, spec, log::add);
      assertThat(ReviewDataset.exists(connection, spec)).isFalse();
      ReviewDataset.generate(connection, spec, YEAR, log::add);
      assertThat(ReviewDataset.exists(connection, spec)).isTrue();
    }
    assertThat(log).anyMatch(line -> line.contains("honours 2025: individuals"));
    province =
        jdbc.sql("select path from org_unit where code = :code")
            .param("code", spec.codePrefix() + "-P01")
            .query(String.class)
            .single();
  }

  @Test
  void honoursAboutAQuarterOfTheWorkersOfEachYearBetweenOctoberAndDecember() {
    for (int year : List.of(YEAR - 1, YEAR)) {
      long individuals = held("INDIVIDUAL", year);
      long working =
          jdbc.sql(
                  """
                  select count(*) from person p join org_unit u on u.id = p.unit_id
                   where starts_with(u.path, :province)
                     and p.started_on <= make_date(:year, 12, 31)
                     and (p.left_on is null or p.left_on > make_date(:year, 12, 31))
                  """)
              .param("province", province)
              .param("year", year)
              .query(Long.class)
              .single();
      assertThat(individuals).isBetween(working / 6, working / 3);
      assertThat(held("COLLECTIVE", year)).isPositive();
      assertThat(
              jdbc.sql(
                      """
                      select count(*) from honour_held h join org_unit u on u.id = h.holder_unit_id
                       where starts_with(u.path, :province) and h.year = :year
                         and (h.granted_on < make_date(:year, 10, 1)
                              or h.granted_on > make_date(:year, 12, 31))
                      """)
                  .param("province", province)
                  .param("year", year)
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void honoursOnlyPeopleWhoWorkedThereAndCollectivesOfGrassrootsOrTeams() {
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from honour_held h
                      join org_unit u on u.id = h.holder_unit_id
                      left join person p on p.id = h.person_id
                      join unit_level l on l.id = u.level_id
                     where starts_with(u.path, :province)
                       and (h.recipient = 'INDIVIDUAL' and p.unit_id <> h.holder_unit_id
                            or h.recipient = 'COLLECTIVE'
                               and (h.unit_id <> h.holder_unit_id
                                    or l.code not in ('GRASSROOTS', 'SUBUNIT')))
                    """)
                .param("province", province)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from org_unit u join unit_level l on l.id = u.level_id
                     where l.code = 'SUBUNIT' and starts_with(u.path, :province)
                    """)
                .param("province", province)
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void launchesMovementsThatMostParticipantsRegisterFor() {
    for (int year : List.of(YEAR - 1, YEAR)) {
      var counts =
          jdbc.sql(
                  """
                  select count(distinct m.id) as movements, count(distinct (mp.movement_id, mp.unit_id)) as participants,
                         count(distinct r.id) as registrations
                    from movement m join org_unit o on o.id = m.organiser_id
                    join movement_participant mp on mp.movement_id = m.id
                    left join registration r on r.movement_id = mp.movement_id and r.unit_id = mp.unit_id
                   where starts_with(o.path, :province) and m.created_by = :mark
                     and extract(year from m.starts_on) = :year
                  """)
              .param("province", province)
              .param("mark", ReviewDataset.MARK)
              .param("year", year)
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
              .single();
      assertThat(counts[0]).isPositive();
      assertThat(counts[2]).isGreaterThan(counts[1] / 2).isLessThanOrEqualTo(counts[1]);
    }
  }

  @Test
  void finishesContestsWithEntriesFromBelowAndSixPrizesAtMost() {
    List<long[]> contests =
        jdbc.sql(
                """
                select c.id, count(r.id), count(r.prize),
                       count(*) filter (where not starts_with(u.path, o.path))
                  from contest c join org_unit o on o.id = c.unit_id
                  left join contest_registration r on r.contest_id = c.id
                  left join org_unit u on u.id = r.unit_id
                 where starts_with(o.path, :province) and c.created_by = :mark
                 group by c.id
                """)
            .param("province", province)
            .param("mark", ReviewDataset.MARK)
            .query((rs, n) -> new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)})
            .list();
    assertThat(contests).isNotEmpty();
    assertThat(contests.stream().mapToLong(c -> c[0]).sum()).isPositive();
    assertThat(contests).allSatisfy(c -> assertThat(c[1]).isLessThanOrEqualTo(Math.min(6, c[0])));
    assertThat(contests).allSatisfy(c -> assertThat(c[2]).isZero());
  }

  private long held(String recipient, int year) {
    return jdbc.sql(
            """
            select count(*) from honour_held h join org_unit u on u.id = h.holder_unit_id
             where starts_with(u.path, :province) and h.year = :year and h.recipient = :recipient
            """)
        .param("province", province)
        .param("year", year)
        .param("recipient", recipient)
        .query(Long.class)
        .single();
  }
}
