package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class InitiativeFacadeTests {

  @Autowired Initiatives initiatives;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long district;
  long factory;
  long worker;
  long colleague;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh sáng kiến");
    district = fixtures.unit(province, "LĐLĐ huyện sáng kiến", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy cơ khí");
    worker = person(factory, "Nguyễn Văn Thợ");
    colleague = person(factory, "Trần Thị Bạn");
  }

  long person(long unitId, String name) {
    return people.register(
        new NewPerson(
            unitId, name, Gender.MALE, 1985, "Thợ máy", true, true, LocalDate.of(2010, 1, 4)));
  }

  static InitiativeForm form(long unitId, String title, List<AuthorEntry> authors, String group) {
    return new InitiativeForm(
        unitId,
        null,
        title,
        "Gắn thêm cữ chặn giúp cắt tôn đúng kích thước, giảm phế phẩm.",
        InitiativeField.TECHNOLOGY,
        authors,
        group,
        LocalDate.of(2024, 3, 1),
        45_000_000L,
        null,
        null,
        null,
        null);
  }

  <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(user, () -> result.set(work.get()));
    return result.get();
  }

  @Test
  void entersAnInitiativeWithAuthorsAndFindsItWithoutDiacritics() {
    SignedInUser officer = Users.user(Role.OFFICER, district);
    InitiativeView saved =
        as(
            officer,
            () ->
                initiatives.submit(
                    form(
                        factory,
                        "Cải tiến máy cắt tôn bằng cữ chặn",
                        List.of(
                            new AuthorEntry(worker, new BigDecimal("70"), null),
                            new AuthorEntry(colleague, new BigDecimal("30"), null)),
                        null)));

    assertThat(saved.status()).isEqualTo(InitiativeStatus.UNDER_REVIEW);
    assertThat(saved.statusLevel()).isEqualTo(RecognitionLevel.GRASSROOTS);
    assertThat(saved.authors())
        .extracting(InitiativeView.Author::fullName)
        .containsExactly("Nguyễn Văn Thợ", "Trần Thị Bạn");
    assertThat(saved.reviews())
        .singleElement()
        .satisfies(
            review -> {
              assertThat(review.unitId()).isEqualTo(factory);
              assertThat(review.criteria()).hasSize(3);
            });
    assertThat(saved.actions().canEdit()).isTrue();
    assertThat(saved.actions().canDecide()).isTrue();
    assertThat(
            jdbc.sql("select unit_path from initiative where id = :id")
                .param("id", saved.id())
                .query(String.class)
                .single())
        .endsWith("/" + province + "/" + district + "/" + factory + "/");

    InitiativeSearch byAuthor =
        new InitiativeSearch("tran thi ban cat ton", null, null, null, null, 0, 20);
    assertThat(as(officer, () -> initiatives.search(byAuthor)).items())
        .extracting(InitiativeRow::id)
        .containsExactly(saved.id());
    assertThat(
            as(
                    Users.user(Role.OFFICER, fixtures.province("Tỉnh khác")),
                    () -> initiatives.search(byAuthor))
                .total())
        .isZero();
  }

  @Test
  void warnsOfAVeryCloseTitleInTheSameUnitUntilConfirmed() {
    SignedInUser officer = Users.user(Role.OFFICER, factory);
    as(
        officer,
        () -> initiatives.submit(form(factory, "Cải tiến máy cắt tôn", List.of(), "Tổ cơ điện")));

    assertThatThrownBy(
            () ->
                as(
                    officer,
                    () ->
                        initiatives.submit(
                            form(factory, "Cai tien may cat ton.", List.of(), "Tổ cơ điện"))))
        .isInstanceOfSatisfying(
            PossibleDuplicate.class,
            e ->
                assertThat(e.similar())
                    .extracting(SimilarInitiative::title)
                    .containsExactly("Cải tiến máy cắt tôn"));

    InitiativeForm confirmed =
        new InitiativeForm(
            factory,
            null,
            "Cai tien may cat ton.",
            "Khác hẳn",
            InitiativeField.TECHNOLOGY,
            List.of(),
            "Tổ cơ điện",
            LocalDate.of(2024, 3, 1),
            null,
            "An toàn hơn",
            null,
            true,
            null);
    assertThat(as(officer, () -> initiatives.submit(confirmed)).id()).isPositive();
    assertThat(as(officer, () -> initiatives.similar(factory, "Quy trình bảo dưỡng xe nâng", null)))
        .isEmpty();
  }

  @Test
  void letsAWorkerSubmitForTheirOwnGrassrootsUnionOnly() {
    long otherFactory = fixtures.grassroots(district, "Công đoàn Nhà máy khác");
    SignedInUser viewer = Users.user(Role.VIEWER, factory);

    InitiativeView own =
        as(
            viewer,
            () ->
                initiatives.submit(
                    form(
                        factory,
                        "Sắp xếp kho vật tư theo mã màu",
                        List.of(new AuthorEntry(worker, null, null)),
                        null)));
    assertThat(own.submittedBy()).isEqualTo(viewer.username());
    assertThat(own.submittedOn()).isEqualTo(LocalDate.now(Dates.VIETNAM));
    assertThat(own.actions().canEdit()).isFalse();
    assertThat(as(viewer, () -> initiatives.mine(0, 20)).items())
        .extracting(InitiativeRow::id)
        .containsExactly(own.id());

    assertThatThrownBy(
            () ->
                as(
                    Users.user(Role.VIEWER, district),
                    () ->
                        initiatives.submit(form(factory, "Một sáng kiến khác", List.of(), "Tổ A"))))
        .isInstanceOf(DomainException.class)
        .extracting("kind")
        .isEqualTo(DomainException.Kind.FORBIDDEN);
    assertThatThrownBy(
            () ->
                as(
                    viewer,
                    () -> initiatives.submit(form(otherFactory, "Sáng kiến X", List.of(), "Tổ A"))))
        .extracting("kind")
        .isEqualTo(DomainException.Kind.NOT_FOUND);
  }

  @Test
  void refusesAnAuthorFromAnotherUnitWithoutAReasonAndSavesNothing() {
    long elsewhere = fixtures.grassroots(district, "Công đoàn Trường học");
    long teacher = person(elsewhere, "Lê Thị Giáo");
    SignedInUser officer = Users.user(Role.OFFICER, district);
    Long before = count();

    assertThatThrownBy(
            () ->
                as(
                    officer,
                    () ->
                        initiatives.submit(
                            form(
                                factory,
                                "Bảng theo dõi năng suất điện tử",
                                List.of(
                                    new AuthorEntry(worker, new BigDecimal("50"), null),
                                    new AuthorEntry(teacher, new BigDecimal("50"), null)),
                                null))))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.outside");
    assertThat(count()).isEqualTo(before);
  }

  Long count() {
    return jdbc.sql("select count(*) from initiative where unit_id = :u")
        .param("u", factory)
        .query(Long.class)
        .single();
  }
}
