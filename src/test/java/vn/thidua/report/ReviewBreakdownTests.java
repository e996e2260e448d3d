package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.organisation.Headcount;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.report.web.ReviewLines;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * A province with two districts and four unions, two in the enterprise sector, one in the schools
 * sector and one in none; the province's emulation clusters of 2020 take the first district and the
 * third union, that of 2019 the first union only. Every record is written by hand, so each row of
 * the breakdown by sector and by cluster is known, and so is every record behind every figure.
 */
@IntegrationTest
class ReviewBreakdownTests {

  static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
  static final ReviewPeriod YEAR_2020 = ReviewPeriod.of(ReviewKind.YEAR, 2020);

  @Autowired Reviews reviews;
  @Autowired UnitFigures figures;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;

  long province;
  long districtOne;
  long districtTwo;
  long g1;
  long g2;
  long g3;
  long g4;
  long enterprises;
  long schools;
  long clusterOne;
  long clusterTwo;
  long cluster2019;
  SignedInUser provinceOfficer;

  @BeforeEach
  void aProvinceWithSectorsAndClusters() {
    province = fixtures.province("Tỉnh chia ngành");
    districtOne = fixtures.unit(province, "Quận Một", "DISTRICT");
    districtTwo = fixtures.unit(province, "Quận Hai", "DISTRICT");
    g1 = fixtures.grassroots(districtOne, "CĐCS doanh nghiệp G1");
    g2 = fixtures.grassroots(districtOne, "CĐCS chưa xếp ngành G2");
    g3 = fixtures.grassroots(districtTwo, "CĐCS doanh nghiệp G3");
    g4 = fixtures.grassroots(districtTwo, "CĐCS trường học G4");
    enterprises = sector("DN");
    schools = sector("TH");
    inSector(g1, enterprises);
    inSector(g3, enterprises);
    inSector(g4, schools);
    clusterOne = cluster("Cụm Một", 2020, districtOne);
    clusterTwo = cluster("Cụm Hai", 2020, g3);
    cluster2019 = cluster("Cụm năm 2019", 2019, g1);
    provinceOfficer = Users.user(Role.OFFICER, province);
    ReviewRecords records = new ReviewRecords(jdbc);

    Users.runAs(
        provinceOfficer,
        () -> {
          figures.record(g1, JAN_2020, new Headcount(100, 40, 90, 30));
          figures.record(g2, JAN_2020, new Headcount(50, 20, 45, 15));
          figures.record(g3, JAN_2020, new Headcount(30, 10, 20, 5));
        });

    long an = records.person(g1, "Nguyễn Văn An");
    long binh = records.person(g2, "Trần Thị Bình");
    long chi = records.person(g3, "Lê Thị Chi");

    long i1 = records.initiative(g1, LocalDate.of(2020, 3, 1), 1_000_000L, an);
    records.review(i1, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2020, 4, 1));
    long i2 = records.initiative(g2, LocalDate.of(2020, 2, 1), 500_000L, binh, an);
    records.review(i2, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2020, 5, 1));
    records.review(i2, "DISTRICT", districtOne, "RECOGNISED", LocalDate.of(2020, 6, 1));
    long i3 = records.initiative(g3, LocalDate.of(2020, 8, 1), 300_000L, chi);
    records.review(i3, "GRASSROOTS", g3, "NOT_RECOGNISED", LocalDate.of(2020, 9, 1));
    records.initiative(g3, LocalDate.of(2019, 6, 1), null, chi);
    long i5 = records.initiative(g4, LocalDate.of(2019, 11, 1), null);
    records.review(i5, "GRASSROOTS", g4, "RECOGNISED", LocalDate.of(2020, 1, 15));

    long m1 =
        records.movement(
            districtOne,
            "REGULAR",
            LocalDateTime.of(2020, 2, 10, 10, 0),
            JAN_2020,
            LocalDate.of(2020, 12, 31));
    records.registration(m1, g1, "APPROVED");
    records.registration(m1, g2, "SUBMITTED");
    long m2 =
        records.movement(
            province,
            "THEMATIC",
            LocalDateTime.of(2020, 3, 1, 8, 0),
            JAN_2020,
            LocalDate.of(2020, 6, 30));
    records.registration(m2, g3, "APPROVED");
    records.registration(m2, g4, "DRAFT");

    long contest = records.finishedContest(districtTwo, LocalDate.of(2020, 10, 10));
    records.entry(contest, chi, "Giải Nhất");
    records.entry(contest, an, null);
  }

  @Test
  void breaksTheYearDownBySectorWithTheUnitsWithoutOneLast() {
    Review review = build(() -> reviews.build(province, YEAR_2020, Breakdown.SECTOR));

    assertThat(review.by()).isEqualTo(Breakdown.SECTOR);
    assertThat(review.breakdown()).extracting(Review.Row::unit).containsOnlyNulls();
    assertThat(review.breakdown())
        .extracting(Review.Row::group)
        .containsExactly(enterprises, schools, 0L);
    Map<Long, ReviewFigures> rows = byGroup(review);

    ReviewFigures enterprise = rows.get(enterprises);
    assertThat(review.breakdown().get(0).label()).isEqualTo("Doanh nghiệp");
    assertThat(enterprise.organisation().grassrootsUnits()).isEqualTo(2);
    assertThat(enterprise.organisation().workers()).isEqualTo(130);
    assertThat(enterprise.movementsLaunched()).isZero();
    assertThat(enterprise.unitsRegistered()).isEqualTo(2);
    assertThat(enterprise.registrationsApproved()).isEqualTo(2);
    assertThat(enterprise.initiativesSubmitted()).isEqualTo(2);
    assertThat(enterprise.recognitions()).isEqualTo(1);
    assertThat(enterprise.benefitVnd()).isEqualTo(1_000_000L);
    assertThat(enterprise.contestsHeld()).isZero();
    assertThat(enterprise.contestEntries()).isEqualTo(2);
    assertThat(enterprise.prizesWon()).isEqualTo(1);

    ReviewFigures school = rows.get(schools);
    assertThat(school.organisation().grassrootsUnits()).isEqualTo(1);
    assertThat(school.organisation().workers()).isZero();
    assertThat(school.unitsRegistered()).as("a draft is not a registration").isZero();
    assertThat(school.initiativesSubmitted()).isZero();
    assertThat(school.recognisedAt(RecognitionLevel.GRASSROOTS)).isEqualTo(1);

    ReviewFigures none = rows.get(0L);
    assertThat(review.breakdown().get(2).label()).isNull();
    assertThat(none.organisation().grassrootsUnits()).isEqualTo(1);
    assertThat(none.organisation().workers()).isEqualTo(50);
    assertThat(none.movementsLaunched()).as("the province's and the district's").isEqualTo(2);
    assertThat(none.unitsRegistered()).isEqualTo(1);
    assertThat(none.registrationsApproved()).isZero();
    assertThat(none.initiativesSubmitted()).isEqualTo(1);
    assertThat(none.recognitions()).isEqualTo(2);
    assertThat(none.benefitVnd()).isEqualTo(500_000L);
    assertThat(none.contestsHeld()).isEqualTo(1);

    assertThat(review.current().initiativesSubmitted()).isEqualTo(3);
    assertThat(review.current().organisation().workers()).isEqualTo(180);
  }

  @Test
  void breaksTheYearDownByTheClustersOfThatYear() {
    Review review = build(() -> reviews.build(province, YEAR_2020, Breakdown.CLUSTER));

    assertThat(review.breakdown())
        .extracting(Review.Row::group)
        .containsExactly(clusterTwo, clusterOne, 0L);
    assertThat(review.breakdown()).extracting(Review.Row::label).startsWith("Cụm Hai", "Cụm Một");
    Map<Long, ReviewFigures> rows = byGroup(review);

    ReviewFigures one = rows.get(clusterOne);
    assertThat(one.organisation().grassrootsUnits())
        .as("the district's unions count in its cluster")
        .isEqualTo(2);
    assertThat(one.organisation().workers()).isEqualTo(150);
    assertThat(one.movementsLaunched()).isEqualTo(1);
    assertThat(one.unitsRegistered()).isEqualTo(2);
    assertThat(one.registrationsApproved()).isEqualTo(1);
    assertThat(one.initiativesSubmitted()).isEqualTo(2);
    assertThat(one.recognitions()).isEqualTo(3);
    assertThat(one.benefitVnd()).isEqualTo(1_500_000L);
    assertThat(one.contestEntries()).isEqualTo(1);
    assertThat(one.prizesWon()).isZero();

    ReviewFigures two = rows.get(clusterTwo);
    assertThat(two.organisation().grassrootsUnits()).isEqualTo(1);
    assertThat(two.organisation().workers()).isEqualTo(30);
    assertThat(two.unitsRegistered()).isEqualTo(1);
    assertThat(two.initiativesSubmitted()).isEqualTo(1);
    assertThat(two.recognitions()).isZero();
    assertThat(two.prizesWon()).isEqualTo(1);

    ReviewFigures none = rows.get(0L);
    assertThat(none.organisation().grassrootsUnits()).isEqualTo(1);
    assertThat(none.movementsLaunched()).isEqualTo(1);
    assertThat(none.recognitions()).isEqualTo(1);
    assertThat(none.contestsHeld()).isEqualTo(1);
  }

  @Test
  void aUnitInAClusterIn2020CountsInNoneIn2019() {
    ReviewPeriod year2019 = ReviewPeriod.of(ReviewKind.YEAR, 2019);
    Review review = build(() -> reviews.build(province, year2019, Breakdown.CLUSTER));

    assertThat(review.breakdown()).extracting(Review.Row::group).containsExactly(cluster2019, 0L);
    Map<Long, ReviewFigures> rows = byGroup(review);
    assertThat(rows.get(cluster2019).initiativesSubmitted()).isZero();
    assertThat(rows.get(0L).initiativesSubmitted()).as("G3's and G4's of 2019").isEqualTo(2);

    Paged<FigureRecord> none =
        build(
            () ->
                reviews.records(
                    province,
                    year2019,
                    Breakdown.CLUSTER,
                    0L,
                    "initiative.submitted",
                    null,
                    0,
                    50));
    assertThat(none.items()).extracting(FigureRecord::unitName).anyMatch(n -> n.contains("G3"));
  }

  @Test
  void everyFigureListsExactlyTheRecordsItCounts() {
    for (Breakdown by : Breakdown.values()) {
      Review review = build(() -> reviews.build(province, YEAR_2020, by));
      List<String> checked = new ArrayList<>();
      checkLines(review, by, null, review.current(), checked);
      for (Review.Row row : review.breakdown()) {
        checkLines(review, by, row.group(), row.figures(), checked);
      }
      assertThat(checked).as("figures checked by " + by).hasSizeGreaterThan(40);
    }
  }

  @Test
  void listsOnlyTheRecordsOfTheReviewedSubtree() {
    Paged<FigureRecord> entries =
        build(
            () ->
                reviews.records(
                    districtOne,
                    YEAR_2020,
                    Breakdown.UNIT_BELOW,
                    null,
                    "contest.entries",
                    null,
                    0,
                    50));
    assertThat(entries.total()).isEqualTo(1);
    assertThat(entries.items().get(0).label()).startsWith("Nguyễn Văn An");
    assertThat(entries.items().get(0).href()).startsWith("/contests/");
  }

  @Test
  void showsTheBreakdownAndTheRecordsOnThePagesAndTheApi() {
    assertThat(
            mvc.get()
                .uri("/units/{id}/review?kind=YEAR&year=2020&by=sector", province)
                .with(Users.as(provinceOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Theo ngành", "Doanh nghiệp", "Đơn vị chưa xếp ngành")
        .contains("figure=initiative.submitted", "group=" + enterprises);
    assertThat(
            mvc.get()
                .uri(
                    "/units/{id}/review/records?kind=YEAR&year=2020&by=cluster&figure=initiative.recognised&group={g}",
                    province,
                    clusterOne)
                .with(Users.as(provinceOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Lượt công nhận sáng kiến", "Phạm vi: Cụm Một", "Có 3 hồ sơ trong kỳ.");
    assertThat(
            mvc.get()
                .uri(
                    "/api/units/{id}/review/records?kind=YEAR&year=2020&figure=movement.launched",
                    province)
                .with(Users.as(provinceOfficer)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(2);
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/review/records?kind=YEAR&year=2020&figure=nope", province)
                .with(Users.as(provinceOfficer)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  /** Every figure of the lines, taken from {@code figures}, against its records. */
  private void checkLines(
      Review review, Breakdown by, Long group, ReviewFigures figures, List<String> checked) {
    Review asIf =
        new Review(
            review.unit(),
            review.period(),
            review.asOf(),
            figures,
            review.previousPeriod(),
            figures,
            List.of(),
            by);
    for (ReviewLines.Line line : ReviewLines.of(asIf)) {
      if (line.figure() == null || line.current() == null) {
        continue;
      }
      Paged<FigureRecord> records =
          build(
              () ->
                  reviews.records(
                      province,
                      YEAR_2020,
                      by,
                      group,
                      line.figure(),
                      line.argument(),
                      0,
                      Paged.MAX_SIZE));
      long counted =
          "initiative.benefit".equals(line.figure())
              ? records.items().stream()
                  .map(FigureRecord::note)
                  .filter(note -> note != null)
                  .mapToLong(note -> Long.parseLong(note.replace(".", "")))
                  .sum()
              : records.total();
      String what = by + " " + group + " " + line.figure() + " " + line.argument();
      assertThat(counted).as(what).isEqualTo(line.current().longValue());
      checked.add(what);
    }
  }

  private static Map<Long, ReviewFigures> byGroup(Review review) {
    return review.breakdown().stream()
        .collect(Collectors.toMap(Review.Row::group, Review.Row::figures));
  }

  private long sector(String code) {
    return jdbc.sql("select id from sector where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private void inSector(long unitId, long sectorId) {
    jdbc.sql("update org_unit set sector_id = :sector where id = :unit")
        .param("sector", sectorId)
        .param("unit", unitId)
        .update();
  }

  private long cluster(String name, int year, long member) {
    long id =
        jdbc.sql(
                "insert into emulation_cluster (name, year, organiser_id)"
                    + " values (:name, :year, :organiser) returning id")
            .param("name", name)
            .param("year", year)
            .param("organiser", province)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into emulation_cluster_member (cluster_id, unit_id, year)"
                + " values (:cluster, :unit, :year)")
        .param("cluster", id)
        .param("unit", member)
        .param("year", year)
        .update();
    return id;
  }

  private <T> T build(Supplier<T> work) {
    List<T> result = new ArrayList<>();
    Users.runAs(provinceOfficer, () -> result.add(work.get()));
    return result.get(0);
  }
}
