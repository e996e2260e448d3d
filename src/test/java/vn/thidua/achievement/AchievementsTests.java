package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.contest.ContestView;
import vn.thidua.contest.Contests;
import vn.thidua.contest.EntryKind;
import vn.thidua.contest.Mark;
import vn.thidua.contest.NewContest;
import vn.thidua.contest.NewEntry;
import vn.thidua.contest.PrizeWon;
import vn.thidua.initiative.AuthorEntry;
import vn.thidua.initiative.Decision;
import vn.thidua.initiative.InitiativeField;
import vn.thidua.initiative.InitiativeForm;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.Initiatives;
import vn.thidua.initiative.Proposal;
import vn.thidua.initiative.Recognition;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AchievementsTests {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Autowired Achievements achievements;
  @Autowired Initiatives initiatives;
  @Autowired Contests contests;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired MockMvcTester mvc;

  long district;
  long factory;
  long lan;
  long minh;

  @BeforeEach
  void aWorkerWithAnInitiativeAndAPrize() {
    long province = fixtures.province("LĐLĐ tỉnh thành tích");
    district = fixtures.unit(province, "LĐLĐ huyện thành tích", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty dệt thành tích");
    lan = person("Hà Thị Lan");
    minh = person("Tạ Văn Minh");

    SignedInUser factoryOfficer = Users.user(Role.OFFICER, factory);
    SignedInUser districtOfficer = Users.user(Role.OFFICER, district);
    InitiativeView initiative =
        as(
            factoryOfficer,
            () ->
                initiatives.submit(
                    new InitiativeForm(
                        factory,
                        null,
                        "Máy cuộn chỉ tự ngắt",
                        "Nội dung",
                        InitiativeField.PRODUCTION,
                        List.of(
                            new AuthorEntry(lan, new BigDecimal("60"), null),
                            new AuthorEntry(minh, new BigDecimal("40"), null)),
                        null,
                        TODAY.minusMonths(2),
                        25_000_000L,
                        null,
                        TODAY.minusDays(20),
                        true,
                        null)));
    long id = initiative.id();
    InitiativeView recognised =
        as(
            factoryOfficer,
            () ->
                initiatives.decide(
                    id,
                    RecognitionLevel.GRASSROOTS,
                    new Decision(
                        true, null, TODAY.minusDays(10), "3/QĐ", null, initiative.version())));
    as(
        districtOfficer,
        () -> {
          InitiativeView proposed = initiatives.propose(id, new Proposal(null, TODAY.minusDays(5)));
          return initiatives.decide(
              id,
              RecognitionLevel.DISTRICT,
              new Decision(true, null, TODAY, "15/QĐ-LĐLĐ", null, proposed.version()));
        });
    assertThat(recognised.recognisedLevel()).isEqualTo(RecognitionLevel.GRASSROOTS);

    ContestView contest =
        as(
            districtOfficer,
            () ->
                contests.organise(
                    new NewContest(
                        district,
                        "Hội thi thợ dệt giỏi",
                        "Dệt",
                        null,
                        TODAY,
                        TODAY,
                        TODAY,
                        EntryKind.BOTH,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(100),
                        List.of(new NewContest.RoundPlan("Thực hành", null, 1)),
                        List.of(new NewContest.PrizePlan("Giải Nhất", 1)))));
    ContestView registered =
        as(
            factoryOfficer,
            () ->
                contests.register(
                    contest.id(),
                    new NewEntry(factory, null, "Tổ dệt A", List.of(lan, minh), null)));
    SignedInUser judge = Users.user(Role.COUNCIL_MEMBER, district);
    as(
        judge,
        () ->
            contests.mark(
                contest.id(),
                registered.rounds().get(0).id(),
                new Mark(registered.entrants().get(0).id(), BigDecimal.valueOf(91))));
    as(
        districtOfficer,
        () -> contests.finish(contest.id(), contests.get(contest.id()).version(), null));
  }

  long person(String name) {
    return people.register(
        new NewPerson(
            factory, name, Gender.FEMALE, 1987, "Thợ dệt", true, true, LocalDate.of(2009, 3, 1)));
  }

  <T> T as(SignedInUser user, Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(user, () -> result.set(work.get()));
    return result.get();
  }

  @Test
  void gathersAPersonsRecognisedInitiativesAndPrizesInAPeriod() {
    AchievementRecord record = achievements.ofPerson(lan, TODAY.minusYears(1), TODAY);

    assertThat(record.initiatives())
        .extracting(
            Recognition::title, Recognition::level, Recognition::share, Recognition::decisionNumber)
        .containsExactly(
            tuple(
                "Máy cuộn chỉ tự ngắt",
                RecognitionLevel.GRASSROOTS,
                new BigDecimal("60.00"),
                "3/QĐ"),
            tuple(
                "Máy cuộn chỉ tự ngắt",
                RecognitionLevel.DISTRICT,
                new BigDecimal("60.00"),
                "15/QĐ-LĐLĐ"));
    assertThat(record.prizes())
        .extracting(PrizeWon::contestName, PrizeWon::prize, PrizeWon::entrantName, PrizeWon::team)
        .containsExactly(tuple("Hội thi thợ dệt giỏi", "Giải Nhất", "Tổ dệt A", true));

    AchievementRecord lastWeek = achievements.ofPerson(lan, TODAY.minusDays(7), TODAY.minusDays(1));
    assertThat(lastWeek.initiatives()).isEmpty();
    assertThat(lastWeek.prizes()).isEmpty();
  }

  @Test
  void gathersAUnitsAchievementsOverItsSubtree() {
    AchievementRecord record = achievements.ofUnit(district, TODAY.minusYears(1), TODAY);

    assertThat(record.initiatives()).extracting(Recognition::share).containsOnlyNulls();
    assertThat(record.initiatives()).hasSize(2);
    assertThat(record.prizes()).extracting(PrizeWon::unitId).containsExactly(factory);
  }

  @Test
  void servesAchievementsOverTheApiWithinTheUsersUnitsOnly() {
    assertThat(
            mvc.get()
                .uri(
                    "/api/achievements/people/{p}?from={f}&to={t}", lan, TODAY.minusYears(1), TODAY)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.prizes[0].prize")
        .isEqualTo("Giải Nhất");
    assertThat(
            mvc.get()
                .uri("/api/achievements/units/{u}", district)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(
            mvc.get()
                .uri(
                    "/api/achievements/people/{p}?from={f}&to={t}", lan, TODAY.minusYears(1), TODAY)
                .with(Users.as(Role.VIEWER, fixtures.province("Tỉnh không thành tích"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
