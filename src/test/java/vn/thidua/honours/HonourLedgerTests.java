package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.honours.HonourFigures.HonourTally;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.organisation.Tallies;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.LedgerChecks;
import vn.thidua.testing.Users;

/**
 * The honours on the figure ledger (V64): the ledger follows every insert, revocation, update and
 * delete of honour_held, and a review of whole months reads from it the same figures as counting
 * honour_held does — under a province whose union moves between districts and whose other union is
 * dissolved during the year.
 */
@IntegrationTest
class HonourLedgerTests {

  static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

  @Autowired HonourFigureQueries queries;
  @Autowired Honours honours;
  @Autowired People people;
  @Autowired Subtrees subtrees;
  @Autowired Tallies tallies;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired LedgerChecks ledger;
  @Autowired JdbcClient jdbc;

  long province;
  long districtOne;
  long districtTwo;
  long g1;
  long g2;
  long gone;
  long team;
  long an;
  long binh;
  long chi;
  long decision;
  long revokedDecision;

  @BeforeEach
  void aProvinceWithHonoursOf2020() {
    province = fixtures.province("Tỉnh sổ khen thưởng");
    districtOne = fixtures.unit(province, "Quận Sổ Một", "DISTRICT");
    districtTwo = fixtures.unit(province, "Quận Sổ Hai", "DISTRICT");
    g1 = fixtures.grassroots(districtOne, "CĐCS Sổ G1");
    g2 = fixtures.grassroots(districtOne, "CĐCS Sổ G2");
    gone = fixtures.grassroots(districtTwo, "CĐCS Sổ giải thể");
    team = fixtures.unit(g1, "Tổ công đoàn Sổ", "SUBUNIT");
    an = person(g1, "Nguyễn Văn An", Gender.MALE, true);
    binh = person(g2, "Trần Thị Bình", Gender.FEMALE, true);
    chi = person(g2, "Lê Thị Chi", Gender.FEMALE, false);
    decision = System.nanoTime();
    revokedDecision = decision + 1;

    honours.recordAwarded(
        List.of(
            award("CNG", 1, an, null, decision, LocalDate.of(2020, 2, 10)),
            award("CNG", 1, binh, null, decision, LocalDate.of(2020, 2, 10)),
            award("GK", 1, chi, null, decision, LocalDate.of(2020, 8, 20)),
            award("GK", 1, null, team, decision, LocalDate.of(2020, 5, 5)),
            award("GK", 1, null, gone, decision, LocalDate.of(2020, 3, 3)),
            award("GK", 1, null, districtOne, decision, LocalDate.of(2020, 11, 30)),
            award("GK", 1, binh, null, revokedDecision, LocalDate.of(2020, 6, 1)),
            award("GK", 1, null, team, revokedDecision, LocalDate.of(2020, 6, 1)),
            award("CNG", 1, an, null, decision, LocalDate.of(2019, 12, 31))));
    honours.revokeDecision(revokedDecision);
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          hierarchy.move(g2, districtTwo, LocalDate.of(2020, 7, 1));
          hierarchy.dissolve(gone, LocalDate.of(2020, 9, 1));
        });
  }

  @Test
  void keepsTheLedgerEqualToTheHonoursThroughTheServicesAndPlainSql() {
    assertConsistent();

    // many rows in one statement, one of them revoked from the start
    jdbc.sql(
            """
            insert into honour_held (honour_id, grade, recipient, person_id, holder_unit_id, year,
                                     granted_on, granting_unit_id, recorded_by, direct_worker,
                                     woman, revoked)
            select h.id, 1, 'INDIVIDUAL', :person, :unit, 2020, date '2020-01-01' + 30 * n,
                   :unit, 'test', n % 2 = 0, n % 3 = 0, n = 5
              from honour h, generate_series(0, 9) n
             where h.code = 'GK'
            """)
        .param("person", an)
        .param("unit", g1)
        .update();
    assertConsistent();

    // an honour moved to another month and another holder unit, its facts corrected
    jdbc.sql(
            """
            update honour_held set granted_on = granted_on + 45, holder_unit_id = :other,
                   woman = not woman
             where person_id = :person and recorded_by = 'test' and granted_on < '2020-04-01'
            """)
        .param("person", an)
        .param("other", g2)
        .update();
    // revoked and restored
    jdbc.sql("update honour_held set revoked = not revoked where person_id = :person")
        .param("person", an)
        .update();
    // a collective honoured moves to another unit: whether it is small is taken anew
    jdbc.sql(
            "update honour_held set unit_id = :unit, holder_unit_id = :unit"
                + " where unit_id = :team and not revoked")
        .param("unit", g1)
        .param("team", team)
        .update();
    assertConsistent();
    assertThat(
            jdbc.sql("select bool_or(small_collective) from honour_held where unit_id = :unit")
                .param("unit", g1)
                .query(Boolean.class)
                .single())
        .isFalse();

    jdbc.sql("delete from honour_held where person_id = :person and granted_on > '2020-06-01'")
        .param("person", an)
        .update();
    assertConsistent();
    jdbc.sql("delete from honour_held where holder_unit_id in (:units)")
        .param("units", List.of(g1, g2))
        .update();
    assertConsistent();
  }

  @Test
  void readsTheSameFiguresFromTheLedgerAsFromTheHonoursThemselves() {
    Subtree year = subtrees.find(province, LAST_DAY).orElseThrow();
    List<HonourTally> counted = queries.counted(year, FIRST_DAY, LAST_DAY);
    assertThat(tallies.covers(year, FIRST_DAY, LAST_DAY)).isTrue();
    assertThat(queries.fromLedger(year, FIRST_DAY, LAST_DAY)).isEqualTo(counted);
    assertThat(queries.tally(year, FIRST_DAY, LAST_DAY)).isEqualTo(counted);

    assertThat(grantedUnder(counted, districtTwo))
        .as("G2 had moved to the second district; the dissolved union stood there on its last day")
        .isEqualTo(3);
    assertThat(grantedUnder(counted, districtOne))
        .as("An, the team and the district itself")
        .isEqualTo(3);
    assertThat(grantedUnder(counted, null)).as("none of the province's own").isZero();
    assertThat(counted)
        .filteredOn(t -> t.recipient() == Recipient.COLLECTIVE)
        .extracting(HonourTally::childId, HonourTally::granted, HonourTally::smallCollectives)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(districtOne, 2L, 1L),
            org.assertj.core.groups.Tuple.tuple(districtTwo, 1L, 0L));
    assertThat(counted)
        .filteredOn(t -> t.honourCode().equals("CNG"))
        .extracting(HonourTally::childId, HonourTally::directWorkers, HonourTally::women)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(districtOne, 1L, 0L),
            org.assertj.core.groups.Tuple.tuple(districtTwo, 1L, 1L));

    LocalDate june = LocalDate.of(2020, 6, 30);
    Subtree half = subtrees.find(province, june).orElseThrow();
    List<HonourTally> halfCounted = queries.counted(half, FIRST_DAY, june);
    assertThat(grantedUnder(halfCounted, districtOne)).as("G2 was still there").isEqualTo(3);
    assertThat(grantedUnder(halfCounted, districtTwo)).isEqualTo(1);
    assertThat(queries.fromLedger(half, FIRST_DAY, june)).isEqualTo(halfCounted);

    Subtree district = subtrees.find(districtTwo, LAST_DAY).orElseThrow();
    assertThat(queries.fromLedger(district, FIRST_DAY, LAST_DAY))
        .isEqualTo(queries.counted(district, FIRST_DAY, LAST_DAY))
        .extracting(HonourTally::childId)
        .containsOnly(g2, gone);

    LocalDate midMonth = LocalDate.of(2020, 2, 15);
    assertThat(tallies.covers(year, midMonth, LAST_DAY)).isFalse();
    assertThat(queries.tally(year, midMonth, LAST_DAY))
        .as("a period starting inside a month is counted")
        .isEqualTo(queries.counted(year, midMonth, LAST_DAY))
        .noneMatch(t -> t.honourCode().equals("CNG"));
  }

  @Test
  void keepsACollectiveSmallAsItWasWhenHonouredWhateverItsLevelBecomes() {
    jdbc.sql(
            "update org_unit set level_id = (select id from unit_level where code = 'GRASSROOTS')"
                + " where id = :team")
        .param("team", team)
        .update();

    Subtree year = subtrees.find(province, LAST_DAY).orElseThrow();
    List<HonourTally> counted = queries.counted(year, FIRST_DAY, LAST_DAY);
    assertThat(counted.stream().mapToLong(HonourTally::smallCollectives).sum()).isEqualTo(1);
    assertThat(queries.fromLedger(year, FIRST_DAY, LAST_DAY)).isEqualTo(counted);
    assertThat(
            queries
                .records(
                    year, null, FIRST_DAY, LAST_DAY, HonourFigures.SMALL_COLLECTIVES, null, 0, 20)
                .items())
        .singleElement()
        .satisfies(r -> assertThat(r.href()).isEqualTo("/units/" + team + "/honours"));
  }

  /**
   * The honours' unit_tally rows equal a recount of honour_held, counted here without the
   * migration's functions so that it checks them; the rebuilt roll-up is the same.
   */
  private void assertConsistent() {
    ledger.assertKeptAsCounted(
        HonourFigureQueries.FIGURES,
        """
        select holder_unit_id as unit_id, date_trunc('month', granted_on)::date as month,
               'honours/' || honour_id || '/' || grade || '/' || left(recipient, 1) || '/' || f
                 as figure,
               count(*) as amount
          from honour_held
         cross join lateral (values ('g', true), ('d', direct_worker), ('w', woman),
                                    ('s', small_collective)) v(f, counts)
         where not revoked and counts
         group by 1, 2, 3
        """);
    ledger.assertRebuildChangesNothing(HonourFigureQueries.FIGURES);
  }

  private static long grantedUnder(List<HonourTally> tallies, Long childId) {
    Predicate<HonourTally> under =
        t -> childId == null ? t.childId() == null : childId.equals(t.childId());
    return tallies.stream().filter(under).mapToLong(HonourTally::granted).sum();
  }

  private long person(long unit, String name, Gender gender, boolean directWorker) {
    return people.register(
        new NewPerson(
            unit, name, gender, 1985, "Công nhân", true, directWorker, LocalDate.of(2010, 1, 1)));
  }

  private HonourAward award(
      String code, int grade, Long person, Long unit, long decisionId, LocalDate grantedOn) {
    return new HonourAward(
        code,
        grade,
        person != null ? Recipient.INDIVIDUAL : Recipient.COLLECTIVE,
        person,
        unit,
        grantedOn.getYear(),
        province,
        decisionId,
        grantedOn);
  }
}
