package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.organisation.Catalogue;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * A province launches a programme, hands targets down through its districts to grassroots unions,
 * and reads its achievement, its units ranked, and the leaderboards by sector and by cluster.
 */
@IntegrationTest
class ProgrammeTests {

  static final LocalDate IN_WINDOW = LocalDate.of(2024, 4, 15);

  @Autowired Programmes programmes;
  @Autowired Initiatives initiatives;
  @Autowired Catalogue catalogue;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long north;
  long south;
  long factory;
  long workshop;
  long school;
  SignedInUser provincialOfficer;
  long programme;

  @BeforeEach
  void aProgrammeWithTargetsHandedDown() {
    province = fixtures.province("LĐLĐ tỉnh chương trình");
    north = fixtures.unit(province, "LĐLĐ huyện Bắc", "DISTRICT");
    south = fixtures.unit(province, "LĐLĐ huyện Nam", "DISTRICT");
    factory = fixtures.grassroots(north, "Công đoàn Nhà máy gạch");
    workshop = fixtures.grassroots(north, "Công đoàn Xưởng mộc");
    school = fixtures.grassroots(south, "Công đoàn Trường THCS");
    sector(factory, "DN");
    sector(workshop, "DN");
    sector(school, "TH");
    provincialOfficer = Users.user(Role.OFFICER, province);
    programme =
        as(
                provincialOfficer,
                () ->
                    programmes.launch(
                        new NewProgramme(
                            province,
                            "Chương trình sáng kiến 2024–2025",
                            "Mỗi đoàn viên một sáng kiến",
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2025, 12, 31),
                            true,
                            10,
                            List.of(
                                new NewProgramme.Window(
                                    "Đợt 2024",
                                    LocalDate.of(2024, 1, 1),
                                    LocalDate.of(2024, 12, 31))))))
            .id();
    target(provincialOfficer, north, 4);
    target(provincialOfficer, south, 2);
    target(Users.user(Role.OFFICER, north), factory, 3);
  }

  void sector(long unit, String code) {
    jdbc.sql(
            "update org_unit set sector_id = (select id from sector where code = :c) where id = :u")
        .param("c", code)
        .param("u", unit)
        .update();
  }

  TargetView target(SignedInUser officer, long unit, int target) {
    return as(officer, () -> programmes.setTarget(programme, unit, new TargetChange(target, null)));
  }

  <T> T as(SignedInUser user, Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(user, () -> result.set(work.get()));
    return result.get();
  }

  long person(long unit, String name) {
    return people.register(
        new NewPerson(
            unit, name, Gender.MALE, 1982, "Công nhân", true, true, LocalDate.of(2010, 1, 4)));
  }

  long recognised(long unit, String title, List<AuthorEntry> authors, String group, long benefit) {
    SignedInUser officer = Users.user(Role.OFFICER, unit);
    InitiativeView view =
        as(
            officer,
            () ->
                initiatives.submit(
                    new InitiativeForm(
                        unit,
                        programme,
                        title,
                        "Nội dung",
                        InitiativeField.PRODUCTION,
                        authors,
                        group,
                        LocalDate.of(2024, 2, 1),
                        benefit,
                        null,
                        IN_WINDOW,
                        true,
                        null)));
    as(
        officer,
        () ->
            initiatives.decide(
                view.id(),
                RecognitionLevel.GRASSROOTS,
                new Decision(true, null, IN_WINDOW.plusDays(10), null, null, view.version())));
    return view.id();
  }

  @Test
  void countsRecognisedInitiativesAuthorsAndBenefitAgainstTheTargets() {
    long an = person(factory, "Nguyễn Văn An");
    long binh = person(factory, "Trần Văn Bình");
    long cuc = person(school, "Lê Thị Cúc");
    long first =
        recognised(
            factory,
            "Khuôn ép gạch mới",
            List.of(new AuthorEntry(an, null, null)),
            null,
            10_000_000);
    recognised(
        factory,
        "Băng tải tận dụng",
        List.of(
            new AuthorEntry(an, new BigDecimal("50"), null),
            new AuthorEntry(binh, new BigDecimal("50"), null)),
        null,
        5_000_000);
    recognised(workshop, "Máy bào cải tiến", List.of(), "Tổ máy", 1_000_000);
    recognised(
        school, "Sổ điểm điện tử", List.of(new AuthorEntry(cuc, null, null)), null, 2_000_000);
    recognised(school, "Thư viện lưu động", List.of(), "Tổ máy", 0);
    as(
        Users.user(Role.OFFICER, factory),
        () ->
            initiatives.submit(
                new InitiativeForm(
                    factory,
                    programme,
                    "Đang chờ xét",
                    "Nội dung",
                    InitiativeField.OTHER,
                    List.of(),
                    "Tổ A",
                    LocalDate.of(2024, 2, 1),
                    null,
                    "Gọn gàng",
                    IN_WINDOW,
                    true,
                    null)));

    ProgrammeAchievement province =
        as(provincialOfficer, () -> programmes.achievement(programme, this.province, null));

    assertThat(province.target()).isEqualTo(10);
    assertThat(province.recognised()).isEqualTo(5);
    assertThat(province.percent()).hasToString("50.0");
    assertThat(province.authors()).isEqualTo(5);
    assertThat(province.benefitVnd()).isEqualTo(18_000_000);
    assertThat(province.handedDown()).isEqualTo(6);
    assertThat(province.units())
        .extracting(Standing::unitId, Standing::rank, Standing::recognised, Standing::percent)
        .containsExactly(
            tuple(south, 1, 2L, new BigDecimal("100.0")),
            tuple(north, 2, 3L, new BigDecimal("75.0")));

    ProgrammeAchievement north =
        as(
            Users.user(Role.VIEWER, this.north),
            () -> programmes.achievement(programme, this.north, null));
    assertThat(north.units())
        .extracting(Standing::unitId, Standing::target, Standing::recognised, Standing::authors)
        .containsExactly(tuple(factory, 3, 2L, 2L), tuple(workshop, null, 1L, 1L));

    assertThat(
            as(provincialOfficer, () -> programmes.bySector(programme, this.province, null)).rows())
        .extracting(Standing::unitName, Standing::rank, Standing::recognised)
        .containsExactly(tuple("Doanh nghiệp", 1, 3L), tuple("Trường học", 2, 2L));

    SignedInUser northOfficer = Users.user(Role.OFFICER, this.north);
    long cluster =
        as(
            northOfficer,
            () ->
                catalogue.addCluster(
                    new Catalogue.ClusterForm("Cụm doanh nghiệp", 2024, this.north)));
    as(
        northOfficer,
        () -> {
          catalogue.join(cluster, factory);
          catalogue.join(cluster, workshop);
          return null;
        });
    assertThat(
            as(northOfficer, () -> programmes.byCluster(programme, this.north, cluster, null))
                .rows())
        .extracting(Standing::unitId, Standing::rank, Standing::percent)
        .containsExactly(tuple(factory, 1, new BigDecimal("66.7")), tuple(workshop, 2, null));

    as(
        Users.user(Role.OFFICER, this.north),
        () -> {
          InitiativeView view =
              initiatives.propose(first, new Proposal(null, IN_WINDOW.plusDays(20)));
          return initiatives.decide(
              first,
              RecognitionLevel.DISTRICT,
              new Decision(true, null, IN_WINDOW.plusDays(30), null, null, view.version()));
        });
    ProgrammeAchievement atDistrict =
        as(
            provincialOfficer,
            () -> programmes.achievement(programme, this.province, RecognitionLevel.DISTRICT));
    assertThat(atDistrict.recognised()).isEqualTo(1);
    assertThat(atDistrict.percent()).hasToString("10.0");
  }

  @Test
  void refusesAnInitiativeOutsideTheWindowsAndATargetFromAUnitWithoutOne() {
    assertThatThrownBy(
            () ->
                as(
                    Users.user(Role.OFFICER, factory),
                    () ->
                        initiatives.submit(
                            new InitiativeForm(
                                factory,
                                programme,
                                "Muộn",
                                "Nội dung",
                                InitiativeField.OTHER,
                                List.of(),
                                "Tổ A",
                                LocalDate.of(2024, 2, 1),
                                1L,
                                null,
                                LocalDate.of(2025, 3, 1),
                                true,
                                null))))
        .extracting("messageKey")
        .isEqualTo("initiative.programme.closed");

    assertThatThrownBy(() -> target(Users.user(Role.OFFICER, north), workshop, 0))
        .extracting("messageKey")
        .isEqualTo("programme.target.range");
    long east = fixtures.unit(province, "LĐLĐ huyện Đông", "DISTRICT");
    long mill = fixtures.grassroots(east, "Công đoàn Nhà máy xay");
    assertThatThrownBy(() -> target(Users.user(Role.OFFICER, east), mill, 5))
        .extracting("messageKey")
        .isEqualTo("programme.target.noneAbove");
    assertThatThrownBy(() -> target(Users.user(Role.OFFICER, school), school, 5))
        .isInstanceOf(DomainException.class)
        .extracting("kind")
        .isEqualTo(DomainException.Kind.FORBIDDEN);
  }

  @Test
  void changesATargetOnlyOnTheVersionItWasRead() {
    assertThatThrownBy(() -> target(provincialOfficer, south, 5))
        .extracting("messageKey")
        .isEqualTo("initiative.version.missing");
    TargetView changed =
        as(provincialOfficer, () -> programmes.setTarget(programme, south, new TargetChange(3, 0)));
    assertThat(changed.target()).isEqualTo(3);
    assertThat(changed.handedById()).isEqualTo(province);
    assertThatThrownBy(
            () ->
                as(
                    provincialOfficer,
                    () -> programmes.setTarget(programme, south, new TargetChange(4, 0))))
        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
  }

  @Test
  void showsTheProgrammeToThoseBelowButNotToAnotherProvince() {
    assertThat(as(Users.user(Role.VIEWER, school), () -> programmes.visible()))
        .extracting(ProgrammeView::id)
        .contains(programme);
    assertThat(as(Users.user(Role.VIEWER, school), () -> programmes.openFor(school, IN_WINDOW)))
        .extracting(ProgrammeView::id)
        .contains(programme);
    SignedInUser stranger = Users.user(Role.OFFICER, fixtures.province("Tỉnh chương trình khác"));
    assertThat(as(stranger, () -> programmes.visible()))
        .extracting(ProgrammeView::id)
        .doesNotContain(programme);
    assertThatThrownBy(() -> as(stranger, () -> programmes.get(programme)))
        .extracting("kind")
        .isEqualTo(DomainException.Kind.NOT_FOUND);
    assertThat(as(Users.user(Role.OFFICER, north), () -> programmes.handDown(programme, north)))
        .extracting(HandDown::unitId, HandDown::target)
        .containsExactlyInAnyOrder(tuple(factory, 3), tuple(workshop, null));
  }
}
