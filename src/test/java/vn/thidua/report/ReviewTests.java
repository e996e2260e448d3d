package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.organisation.Headcount;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * A province with two districts and four grassroots unions, and every record of 2019 and 2020
 * stated by hand: the review must show exactly these figures. One union moves between the districts
 * in the middle of 2020 and another is dissolved, so the breakdown also shows where records count.
 */
@IntegrationTest
class ReviewTests {

  static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);
  static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

  @Autowired Reviews reviews;
  @Autowired Hierarchy hierarchy;
  @Autowired UnitFigures figures;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long districtOne;
  long districtTwo;
  long g1;
  long g2;
  long g3;
  SignedInUser provinceOfficer;

  @BeforeEach
  void aProvinceAndItsRecords() {
    province = fixtures.province("Tỉnh báo cáo");
    districtOne = fixtures.unit(province, "Quận Một", "DISTRICT");
    districtTwo = fixtures.unit(province, "Quận Hai", "DISTRICT");
    g1 = fixtures.grassroots(districtOne, "CĐCS G1");
    g2 = fixtures.grassroots(districtOne, "CĐCS G2");
    g3 = fixtures.grassroots(districtTwo, "CĐCS G3");
    long g4 = fixtures.grassroots(districtOne, "CĐCS G4");
    provinceOfficer = Users.user(Role.OFFICER, province);
    ReviewRecords records = new ReviewRecords(jdbc);

    Users.runAs(
        provinceOfficer,
        () -> {
          figures.record(g1, JAN_2019, new Headcount(80, 30, 70, 20));
          figures.record(g1, JAN_2020, new Headcount(100, 40, 90, 30));
          figures.record(g2, JAN_2020, new Headcount(50, 20, 45, 15));
          figures.record(g3, JAN_2020, new Headcount(30, 10, 20, 5));
          hierarchy.move(g2, districtTwo, LocalDate.of(2020, 7, 1));
          hierarchy.dissolve(g4, LocalDate.of(2020, 5, 1));
        });

    long an = records.person(g1, "Nguyễn Văn An");
    long binh = records.person(g2, "Trần Thị Bình");
    long chi = records.person(g3, "Lê Thị Chi");

    long i1 = records.initiative(g1, LocalDate.of(2020, 3, 1), 1_000_000L, an);
    records.review(i1, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2020, 4, 1));
    records.review(i1, "DISTRICT", districtOne, "RECOGNISED", LocalDate.of(2020, 6, 1));
    long i2 = records.initiative(g2, LocalDate.of(2020, 2, 1), 500_000L, binh, an);
    records.review(i2, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2020, 5, 1));
    long i3 = records.initiative(g3, LocalDate.of(2019, 11, 1), null, chi);
    records.review(i3, "GRASSROOTS", g3, "RECOGNISED", LocalDate.of(2020, 1, 15));
    long i4 = records.initiative(g3, LocalDate.of(2020, 8, 1), 300_000L, chi);
    records.review(i4, "GRASSROOTS", g3, "NOT_RECOGNISED", LocalDate.of(2020, 9, 1));
    long i5 = records.initiative(g1, LocalDate.of(2019, 5, 1), 200_000L, an);
    records.review(i5, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2019, 6, 1));
    records.initiative(g4, LocalDate.of(2020, 3, 1), 100_000L);

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
            LocalDateTime.of(2019, 12, 31, 23, 30),
            JAN_2020,
            LocalDate.of(2020, 6, 30));
    records.registration(m2, g3, "DRAFT");

    long contest = records.finishedContest(districtTwo, LocalDate.of(2020, 10, 10));
    records.entry(contest, chi, "Giải Nhất");
    records.entry(contest, an, null);
  }

  @Test
  void countsEveryFigureOfTheYearAndOfTheYearBefore() {
    Review review = build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)));

    assertThat(review.asOf()).isEqualTo(LocalDate.of(2020, 12, 31));
    ReviewFigures year = review.current();
    assertThat(year.organisation().grassrootsUnits()).isEqualTo(3);
    assertThat(year.organisation().workers()).isEqualTo(180);
    assertThat(year.organisation().womenWorkers()).isEqualTo(70);
    assertThat(year.organisation().members()).isEqualTo(155);
    assertThat(year.organisation().womenMembers()).isEqualTo(50);
    assertThat(year.memberShare()).isEqualByComparingTo(new BigDecimal("86.1"));
    assertThat(year.movementsLaunched()).isEqualTo(1);
    assertThat(year.unitsRegistered()).isEqualTo(2);
    assertThat(year.registrationsApproved()).isEqualTo(1);
    assertThat(year.initiativesSubmitted()).isEqualTo(4);
    assertThat(year.recognisedAt(RecognitionLevel.GRASSROOTS)).isEqualTo(3);
    assertThat(year.recognisedAt(RecognitionLevel.DISTRICT)).isEqualTo(1);
    assertThat(year.recognisedAt(RecognitionLevel.PROVINCE)).isZero();
    assertThat(year.recognitions()).isEqualTo(4);
    assertThat(year.benefitVnd()).isEqualTo(1_500_000L);
    assertThat(year.recognisedAuthors()).isEqualTo(3);
    assertThat(year.contestsHeld()).isEqualTo(1);
    assertThat(year.contestEntries()).isEqualTo(2);
    assertThat(year.prizesWon()).isEqualTo(1);

    assertThat(review.previousPeriod()).isEqualTo(ReviewPeriod.of(ReviewKind.YEAR, 2019));
    ReviewFigures before = review.previous();
    assertThat(before.organisation().grassrootsUnits()).isEqualTo(4);
    assertThat(before.organisation().workers()).isEqualTo(80);
    assertThat(before.movementsLaunched()).isEqualTo(1);
    assertThat(before.unitsRegistered()).isZero();
    assertThat(before.initiativesSubmitted()).isEqualTo(2);
    assertThat(before.recognisedAt(RecognitionLevel.GRASSROOTS)).isEqualTo(1);
    assertThat(before.benefitVnd()).isEqualTo(200_000L);
    assertThat(before.recognisedAuthors()).isEqualTo(1);
    assertThat(before.contestsHeld()).isZero();
  }

  @Test
  void countsRecordsWhereTheirUnitStoodAtTheEndOrLastStood() {
    Review review = build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)));
    Map<Long, ReviewFigures> rows =
        review.breakdown().stream()
            .filter(row -> row.unit() != null)
            .collect(Collectors.toMap(row -> row.unit().id(), Review.Row::figures));
    assertThat(rows).containsOnlyKeys(districtOne, districtTwo);

    ReviewFigures one = rows.get(districtOne);
    assertThat(one.organisation().grassrootsUnits()).isEqualTo(1);
    assertThat(one.organisation().workers()).isEqualTo(100);
    assertThat(one.movementsLaunched()).isEqualTo(1);
    assertThat(one.unitsRegistered()).isEqualTo(1);
    assertThat(one.initiativesSubmitted()).isEqualTo(2);
    assertThat(one.recognitions()).isEqualTo(2);
    assertThat(one.benefitVnd()).isEqualTo(1_000_000L);
    assertThat(one.contestEntries()).isEqualTo(1);
    assertThat(one.prizesWon()).isZero();

    ReviewFigures two = rows.get(districtTwo);
    assertThat(two.organisation().grassrootsUnits()).isEqualTo(2);
    assertThat(two.organisation().workers()).isEqualTo(80);
    assertThat(two.unitsRegistered()).isEqualTo(1);
    assertThat(two.initiativesSubmitted()).isEqualTo(2);
    assertThat(two.recognitions()).isEqualTo(2);
    assertThat(two.benefitVnd()).isEqualTo(500_000L);
    assertThat(two.contestsHeld()).isEqualTo(1);
    assertThat(two.prizesWon()).isEqualTo(1);

    assertThat(review.breakdown())
        .as("the province has no records of its own, so no row for them")
        .extracting(Review.Row::unit)
        .doesNotContainNull();
  }

  @Test
  void aHalfYearReviewSeesTheUnitBeforeItMoved() {
    Review review =
        build(() -> reviews.build(districtOne, ReviewPeriod.of(ReviewKind.HALF_YEAR, 2020)));

    assertThat(review.asOf()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(review.current().organisation().grassrootsUnits()).isEqualTo(2);
    assertThat(review.current().organisation().workers()).isEqualTo(150);
    assertThat(review.current().initiativesSubmitted()).isEqualTo(3);
    assertThat(review.current().recognitions()).isEqualTo(3);
    assertThat(review.current().benefitVnd()).isEqualTo(1_500_000L);
    assertThat(review.previous().initiativesSubmitted()).isEqualTo(1);
  }

  @Test
  void refusesAUnitOutsideTheUsersSubtree() {
    long other = fixtures.province("Tỉnh khác");
    Users.runAs(
        Users.user(Role.OFFICER, other),
        () ->
            assertThatThrownBy(
                    () -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)))
                .isInstanceOf(DomainException.class)
                .extracting("kind")
                .isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  private Review build(Supplier<Review> work) {
    Review[] result = new Review[1];
    Users.runAs(provinceOfficer, () -> result[0] = work.get());
    return result[0];
  }
}
