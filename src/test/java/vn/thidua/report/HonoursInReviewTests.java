package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.honours.HeldEntry;
import vn.thidua.honours.HonourFigures;
import vn.thidua.honours.HonourHistory;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * A province with two districts, three grassroots unions and a union team, and every title and
 * award of 2019 and 2020 stated by hand: the review must show exactly these figures. One union
 * moves from the first district to the second on 01/07/2020, so the half-year counts its honours
 * under the first and the year under the second.
 */
@IntegrationTest
class HonoursInReviewTests {

  static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

  @Autowired Reviews reviews;
  @Autowired HonourFigures honourFigures;
  @Autowired HonourHistory history;
  @Autowired Subtrees subtrees;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;

  long province;
  long districtOne;
  long districtTwo;
  long g1;
  long g2;
  long g3;
  long team;
  long an;
  long binh;
  long chi;
  long dung;
  SignedInUser provinceOfficer;

  @BeforeEach
  void aProvinceAndItsHonours() {
    province = fixtures.province("Tỉnh khen thưởng");
    districtOne = fixtures.unit(province, "Quận Một", "DISTRICT");
    districtTwo = fixtures.unit(province, "Quận Hai", "DISTRICT");
    g1 = fixtures.grassroots(districtOne, "CĐCS G1");
    g2 = fixtures.grassroots(districtOne, "CĐCS G2");
    g3 = fixtures.grassroots(districtTwo, "CĐCS G3");
    team = fixtures.unit(g1, "Tổ công đoàn T1", "SUBUNIT");
    provinceOfficer = Users.user(Role.OFFICER, province);
    ReviewRecords records = new ReviewRecords(jdbc);

    an = records.person(g1, "Nguyễn Văn An", "MALE", true);
    binh = records.person(g2, "Trần Thị Bình", "FEMALE", true);
    chi = records.person(g3, "Lê Thị Chi", "FEMALE", false);
    dung = records.person(g1, "Phạm Thị Dung", "FEMALE", false);

    records.honourToPerson("CNG", 1, an, LocalDate.of(2020, 4, 20), 1, false);
    records.honourToPerson("CNG", 2, binh, LocalDate.of(2020, 3, 15), 2, false);
    records.honourToPerson("CNG", 2, chi, LocalDate.of(2020, 9, 1), 3, true);
    records.honourToPerson("LDTT", 1, dung, LocalDate.of(2020, 5, 10), 4, false);
    records.honourToPerson("GK", 1, an, LocalDate.of(2020, 2, 1), 5, false);
    records.honourToPerson("GK", 1, binh, LocalDate.of(2020, 8, 1), 6, false);
    records.honourToPerson("GK", 1, chi, LocalDate.of(2020, 6, 30), 7, false);
    records.honourToPerson("BK_TINH", 1, dung, LocalDate.of(2020, 11, 11), 8, false);
    records.honourToCollective("GK", 1, team, LocalDate.of(2020, 5, 5), 9, false);
    records.honourToCollective("GK", 1, g3, LocalDate.of(2020, 10, 10), 10, false);
    records.honourToCollective("GK", 1, province, LocalDate.of(2020, 12, 1), 11, false);
    records.honourToCollective("GK", 1, team, LocalDate.of(2020, 7, 7), 12, true);
    records.honourToCollective("GK", 1, team, LocalDate.of(2019, 3, 3), 13, false);
    records.honourToPerson("CNG", 1, an, LocalDate.of(2019, 6, 1), 14, false);

    Users.runAs(
        provinceOfficer,
        () -> {
          hierarchy.move(g2, districtTwo, LocalDate.of(2020, 7, 1));
          // recorded by hand: they count on the last day of their year
          history.recordForPerson(chi, new HeldEntry("CNG", 3, 2020, province));
          history.recordForPerson(an, new HeldEntry("GK", 1, 2019, districtOne));
        });
  }

  @Test
  void countsEveryTitleAndAwardOfTheYearAndOfTheYearBefore() {
    Review review = build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)));

    ReviewHonours year = review.current().honours();
    assertThat(year.titles()).isEqualTo(4);
    assertThat(year.awards()).isEqualTo(7);
    assertThat(year.individualAwards()).isEqualTo(4);
    assertThat(year.collectiveAwards()).isEqualTo(3);
    assertThat(year.awardsToDirectWorkers()).isEqualTo(2);
    assertThat(year.awardsToWomen()).isEqualTo(3);
    assertThat(year.awardsToSmallCollectives()).isEqualTo(1);
    assertThat(year.directWorkerShare()).isEqualByComparingTo(new BigDecimal("50.0"));
    assertThat(year.womenShare()).isEqualByComparingTo(new BigDecimal("75.0"));
    assertThat(year.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(byHonour(year))
        .containsExactly(
            Map.entry("TITLE LDTT:1 INDIVIDUAL Lao động tiên tiến", 1L),
            Map.entry("TITLE CNG:1 INDIVIDUAL Công nhân giỏi cấp cơ sở", 1L),
            Map.entry("TITLE CNG:2 INDIVIDUAL Công nhân giỏi cấp quận", 1L),
            Map.entry("TITLE CNG:3 INDIVIDUAL Công nhân giỏi Thủ đô", 1L),
            Map.entry("AWARD GK:1 INDIVIDUAL Giấy khen", 3L),
            Map.entry("AWARD GK:1 COLLECTIVE Giấy khen", 3L),
            Map.entry(
                "AWARD BK_TINH:1 INDIVIDUAL Bằng khen của Liên đoàn Lao động tỉnh, thành phố", 1L));

    ReviewHonours before = review.previous().honours();
    assertThat(before.titles()).isEqualTo(1);
    assertThat(before.awards()).isEqualTo(2);
    assertThat(before.individualAwards()).isEqualTo(1);
    assertThat(before.collectiveAwards()).isEqualTo(1);
    assertThat(before.directWorkerShare()).isEqualByComparingTo(new BigDecimal("100.0"));
    assertThat(before.womenShare()).isEqualByComparingTo(new BigDecimal("0.0"));
    assertThat(before.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("100.0"));
  }

  @Test
  void countsHonoursUnderTheUnitBelowWhereTheHolderStoodOnTheLastDay() {
    Review review = build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)));
    Map<Long, ReviewHonours> rows = rows(review);

    ReviewHonours one = rows.get(districtOne);
    assertThat(one.titles()).isEqualTo(2);
    assertThat(one.individualAwards()).isEqualTo(2);
    assertThat(one.awardsToDirectWorkers()).isEqualTo(1);
    assertThat(one.awardsToWomen()).isEqualTo(1);
    assertThat(one.collectiveAwards()).isEqualTo(1);
    assertThat(one.awardsToSmallCollectives()).isEqualTo(1);

    ReviewHonours two = rows.get(districtTwo);
    assertThat(two.titles()).isEqualTo(2);
    assertThat(two.individualAwards()).isEqualTo(2);
    assertThat(two.awardsToDirectWorkers()).isEqualTo(1);
    assertThat(two.awardsToWomen()).isEqualTo(2);
    assertThat(two.collectiveAwards()).isEqualTo(1);
    assertThat(two.awardsToSmallCollectives()).isZero();

    Review.Row own = review.breakdown().get(review.breakdown().size() - 1);
    assertThat(own.unit()).as("the province's own award forms the last row").isNull();
    assertThat(own.figures().honours().titles()).isZero();
    assertThat(own.figures().honours().collectiveAwards()).isEqualTo(1);
  }

  @Test
  void aHalfYearCountsWhatWasGrantedByTheEndOfJuneWhereUnitsThenStood() {
    Review review =
        build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.HALF_YEAR, 2020)));

    ReviewHonours half = review.current().honours();
    assertThat(half.titles()).isEqualTo(3);
    assertThat(half.awards()).isEqualTo(3);
    assertThat(half.individualAwards()).isEqualTo(2);
    assertThat(half.directWorkerShare()).isEqualByComparingTo(new BigDecimal("50.0"));
    assertThat(half.womenShare()).isEqualByComparingTo(new BigDecimal("50.0"));
    assertThat(half.collectiveAwards()).isEqualTo(1);
    assertThat(half.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("100.0"));

    Map<Long, ReviewHonours> rows = rows(review);
    assertThat(rows.get(districtOne).titles())
        .as("G2 was still in the first district")
        .isEqualTo(3);
    assertThat(rows.get(districtOne).awards()).isEqualTo(2);
    assertThat(rows.get(districtTwo).titles()).isZero();
    assertThat(rows.get(districtTwo).awards()).isEqualTo(1);
    assertThat(review.breakdown()).extracting(Review.Row::unit).doesNotContainNull();

    ReviewHonours before = review.previous().honours();
    assertThat(before.titles()).isEqualTo(1);
    assertThat(before.individualAwards()).isZero();
    assertThat(before.directWorkerShare()).as("no awards to individuals: no share").isNull();
    assertThat(before.womenShare()).isNull();
    assertThat(before.collectiveAwards()).isEqualTo(1);
    assertThat(before.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("100.0"));
  }

  @Test
  void keepsWhoTheHoldersWereWhenHonouredWhateverTheRegistrySaysLater() {
    jdbc.sql("update person set direct_worker = false, gender = 'FEMALE' where id = :id")
        .param("id", an)
        .update();

    Review review = build(() -> reviews.build(province, ReviewPeriod.of(ReviewKind.YEAR, 2020)));

    assertThat(review.current().honours().awardsToDirectWorkers()).isEqualTo(2);
    assertThat(review.current().honours().awardsToWomen()).isEqualTo(3);
    assertThat(review.previous().honours().directWorkerShare())
        .as("recorded by hand through the honours module, with the facts of that day")
        .isEqualByComparingTo(new BigDecimal("100.0"));
  }

  @Test
  void listsTheHonoursBehindAGradeByTheDayTheyWereGranted() {
    Paged<FigureRecord> page = records(null, HonourFigures.GRANTED, "CNG:2", 0, 20);

    assertThat(page.total()).as("the revoked one is left out").isEqualTo(1);
    FigureRecord record = page.items().get(0);
    assertThat(record.label()).startsWith("Trần Thị Bình");
    assertThat(record.unitName()).startsWith("CĐCS G2");
    assertThat(record.date()).isEqualTo(LocalDate.of(2020, 3, 15));
    assertThat(record.note()).isEqualTo("Công nhân giỏi cấp quận");
    assertThat(record.href()).isEqualTo("/people/" + binh + "/honours");

    assertThat(records(null, HonourFigures.GRANTED, "GK:1:COLLECTIVE", 0, 20).total()).isEqualTo(3);
  }

  @Test
  void listsTheHonoursBehindEachShare() {
    assertThat(dates(records(null, HonourFigures.WOMEN, null, 0, 20)))
        .containsExactly(
            LocalDate.of(2020, 6, 30), LocalDate.of(2020, 8, 1), LocalDate.of(2020, 11, 11));
    assertThat(dates(records(null, HonourFigures.DIRECT_WORKERS, null, 0, 20)))
        .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 8, 1));
    Paged<FigureRecord> small = records(null, HonourFigures.SMALL_COLLECTIVES, null, 0, 20);
    assertThat(small.items())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.label()).startsWith("Tổ công đoàn T1");
              assertThat(r.href()).isEqualTo("/units/" + team + "/honours");
            });
    assertThat(records(null, HonourFigures.INDIVIDUALS, "TITLE", 0, 20).total()).isEqualTo(4);
    assertThat(records(null, HonourFigures.AWARDS, null, 0, 20).total()).isEqualTo(7);
  }

  @Test
  void listsTheRecordsOfOneUnitBelowOrOfTheRootItselfPageByPage() {
    assertThat(records(0L, HonourFigures.COLLECTIVES, null, 0, 20).items())
        .singleElement()
        .extracting(FigureRecord::label)
        .asString()
        .startsWith("Tỉnh khen thưởng");
    assertThat(records(districtTwo, HonourFigures.COLLECTIVES, null, 0, 20).items())
        .singleElement()
        .extracting(FigureRecord::label)
        .asString()
        .startsWith("CĐCS G3");

    Paged<FigureRecord> second = records(null, HonourFigures.TITLES, null, 1, 3);
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.items())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.date()).as("recorded by hand: 31/12").isEqualTo(LAST_DAY);
              assertThat(r.note()).isEqualTo("Công nhân giỏi Thủ đô");
            });
  }

  @Test
  void namesTheRecordsPageOfAGradeByTheCatalogueAndItsRowByTheUnitBelow() {
    String page =
        "/units/{id}/review/records?kind=YEAR&year=2020&figure=honour.granted"
            + "&arg=CNG:2:INDIVIDUAL&group={g}";
    assertThat(mvc.get().uri(page, province, districtOne).with(Users.as(provinceOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Công nhân giỏi cấp quận", "Phạm vi: Quận Một");
    assertThat(mvc.get().uri(page, province, 0).with(Users.as(provinceOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Công nhân giỏi cấp quận", "Phạm vi: Của riêng đơn vị");
  }

  @Test
  void refusesAFigureItDoesNotKnow() {
    assertThatThrownBy(() -> records(null, "medals", null, 0, 20))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("kind", DomainException.Kind.INVALID);
    assertThatThrownBy(() -> records(null, HonourFigures.GRANTED, "CNG", 0, 20))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> records(null, HonourFigures.WOMEN, "MEDAL", 0, 20))
        .isInstanceOf(DomainException.class);
  }

  private Paged<FigureRecord> records(
      Long childId, String figure, String argument, int page, int size) {
    Subtree subtree = subtrees.find(province, LAST_DAY).orElseThrow();
    return honourFigures.records(
        subtree, childId, FIRST_DAY, LAST_DAY, figure, argument, page, size);
  }

  private static java.util.List<LocalDate> dates(Paged<FigureRecord> page) {
    return page.items().stream().map(FigureRecord::date).toList();
  }

  private static Map<String, Long> byHonour(ReviewHonours honours) {
    return honours.granted().stream()
        .collect(
            Collectors.toMap(
                g ->
                    g.kind()
                        + " "
                        + g.honourCode()
                        + ":"
                        + g.grade()
                        + " "
                        + g.recipient()
                        + " "
                        + g.gradeName(),
                ReviewHonours.Granted::count,
                Long::sum,
                java.util.LinkedHashMap::new));
  }

  private static Map<Long, ReviewHonours> rows(Review review) {
    return review.breakdown().stream()
        .filter(row -> row.unit() != null)
        .collect(Collectors.toMap(row -> row.unit().id(), row -> row.figures().honours()));
  }

  private Review build(Supplier<Review> work) {
    Review[] result = new Review[1];
    Users.runAs(provinceOfficer, () -> result[0] = work.get());
    return result[0];
  }
}
