package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.honours.HonourHeld;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DecisionFacadeTests {

  static final LocalDate SIGNED = LocalDate.of(2021, 1, 15);

  @Autowired Decisions decisions;
  @Autowired Honours honours;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Hierarchy hierarchy;

  long province;
  long district;
  long factory;
  long worker;
  SignedInUser officer;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh quyết định");
    district = fixtures.unit(province, "LĐLĐ quận quyết định", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty may");
    worker = person(factory, "Lê Thị Khen");
    officer = Users.user(Role.OFFICER, district);
  }

  long person(long unitId, String name) {
    return people.register(
        new NewPerson(
            unitId,
            name,
            Gender.FEMALE,
            1988,
            "Công nhân may",
            true,
            true,
            LocalDate.of(2012, 3, 1)));
  }

  static <T> T as(SignedInUser user, Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(user, () -> result.set(work.get()));
    return result.get();
  }

  DecisionDraft draft(long issuer, List<AwardeeDraft> awardees) {
    return draft(issuer, 2020, awardees);
  }

  DecisionDraft draft(long issuer, int year, List<AwardeeDraft> awardees) {
    return new DecisionDraft(
        issuer,
        year,
        "Về việc khen thưởng Công nhân giỏi năm 2020",
        List.of("Căn cứ Điều lệ Công đoàn Việt Nam;", "Xét đề nghị của Ban Tuyên giáo,"),
        "Nguyễn Văn Ký",
        "Chủ tịch",
        awardees);
  }

  static AwardeeDraft goodWorker(long personId) {
    return new AwardeeDraft("CNG", 2, Recipient.INDIVIDUAL, personId, null, "Năng suất cao", null);
  }

  static AwardeeDraft meritCertificate(long unitId) {
    return new AwardeeDraft("GK", 1, Recipient.COLLECTIVE, null, unitId, "", null);
  }

  @Test
  void draftsAndIssuesWithTheNextNumberOfTheUnitAndYear() {
    DecisionView issued =
        as(
            officer,
            () -> {
              long first = decisions.draft(draft(district, List.of(goodWorker(worker))));
              DecisionView view = decisions.get(first);
              assertThat(view.status()).isEqualTo(DecisionStatus.DRAFT);
              assertThat(view.number()).isNull();
              assertThat(view.symbol()).isEqualTo("…/QĐ-LĐLĐ");
              assertThat(view.awardees())
                  .singleElement()
                  .satisfies(
                      line -> {
                        assertThat(line.awardeeName()).startsWith("Lê Thị Khen");
                        assertThat(line.honourName()).isEqualTo("Công nhân giỏi cấp quận");
                        assertThat(line.shortCode()).hasSize(ShortCodes.LENGTH);
                      });
              decisions.issue(first, view.version(), SIGNED);
              long second = decisions.draft(draft(district, List.of(meritCertificate(factory))));
              return decisions.issue(second, decisions.get(second).version(), SIGNED);
            });
    assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
    assertThat(issued.number()).isEqualTo(2);
    assertThat(issued.symbol()).isEqualTo("2/QĐ-LĐLĐ");
    assertThat(issued.signedOn()).isEqualTo(SIGNED);
    List<HonourHeld> held = honours.heldByPerson(worker, 2020, 2020);
    assertThat(held).singleElement().satisfies(h -> assertThat(h.revoked()).isFalse());
  }

  @Test
  void refusesToEditAnIssuedDecisionAndChangesNothing() {
    long id =
        as(
            officer,
            () -> {
              long draft = decisions.draft(draft(district, List.of(goodWorker(worker))));
              decisions.issue(draft, decisions.get(draft).version(), SIGNED);
              return draft;
            });
    DecisionView before = as(officer, () -> decisions.get(id));
    DecisionDraft changed =
        new DecisionDraft(
            district, 2020, "Sửa trích yếu", List.of(), "Người khác", "Phó Chủ tịch", List.of());
    assertThatThrownBy(() -> as(officer, () -> decisions.update(id, before.version(), changed)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.issued.immutable"));
    assertThatThrownBy(
            () -> as(officer, () -> decisions.addAwardee(id, before.version(), goodWorker(worker))))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> Users.runAs(officer, () -> decisions.discard(id, before.version())))
        .isInstanceOf(DomainException.class);
    assertThat(as(officer, () -> decisions.get(id))).isEqualTo(before);
  }

  @Test
  void theDatabaseRefusesToEditAnIssuedDecisionOrItsLines() {
    long id =
        as(
            officer,
            () -> {
              long draft = decisions.draft(draft(district, List.of(goodWorker(worker))));
              decisions.issue(draft, decisions.get(draft).version(), SIGNED);
              return draft;
            });
    assertThatThrownBy(
            () ->
                jdbc.sql("update decision set subject = 'khác' where id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot be edited");
    assertThatThrownBy(
            () ->
                jdbc.sql("update decision set status = 'REVOKED' where id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql("update decision_line set citation = 'khác' where decision_id = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("cannot change");
    assertThatThrownBy(
            () -> jdbc.sql("delete from decision where id = :id").param("id", id).update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void aLaterDecisionRevokesAnIssuedOneAndItsHonours() {
    DecisionView revoking =
        as(
            officer,
            () -> {
              long award = decisions.draft(draft(district, List.of(goodWorker(worker))));
              decisions.issue(award, decisions.get(award).version(), SIGNED);
              long revoke =
                  decisions.draftRevision(
                      award,
                      DecisionKind.REVOKE,
                      new DecisionDraft(
                          district,
                          2020,
                          "Về việc thu hồi quyết định khen thưởng",
                          List.of(),
                          "Nguyễn Văn Ký",
                          "Chủ tịch",
                          List.of()));
              return decisions.issue(revoke, decisions.get(revoke).version(), SIGNED.plusDays(30));
            });
    DecisionView revoked = as(officer, () -> decisions.get(revoking.targetDecisionId()));
    assertThat(revoked.status()).isEqualTo(DecisionStatus.REVOKED);
    assertThat(revoked.supersededById()).isEqualTo(revoking.id());
    assertThat(revoking.targetSymbol()).isEqualTo(revoked.symbol());
    assertThat(honours.heldByPerson(worker, 2020, 2020))
        .singleElement()
        .satisfies(h -> assertThat(h.revoked()).isTrue());
    assertThatThrownBy(
            () ->
                as(
                    officer,
                    () ->
                        decisions.draftRevision(
                            revoked.id(),
                            DecisionKind.AMEND,
                            draft(district, List.of(goodWorker(worker))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.revision.targetNotInForce"));
  }

  @Test
  void anAmendingDecisionReplacesTheAwardees() {
    long other = person(factory, "Phạm Văn Sửa");
    DecisionView amending =
        as(
            officer,
            () -> {
              long award = decisions.draft(draft(district, List.of(goodWorker(worker))));
              decisions.issue(award, decisions.get(award).version(), SIGNED);
              long amend =
                  decisions.draftRevision(
                      award, DecisionKind.AMEND, draft(district, List.of(goodWorker(other))));
              return decisions.issue(amend, decisions.get(amend).version(), SIGNED.plusDays(3));
            });
    assertThat(as(officer, () -> decisions.get(amending.targetDecisionId())).status())
        .isEqualTo(DecisionStatus.AMENDED);
    assertThat(honours.heldByPerson(worker, 2020, 2020)).allMatch(HonourHeld::revoked);
    assertThat(honours.heldByPerson(other, 2020, 2020)).singleElement().matches(h -> !h.revoked());
  }

  @Test
  void refusesAwardeesOutsideTheIssuingUnitAndHonoursThatDoNotFit() {
    long elsewhere = fixtures.grassroots(province, "Công đoàn ngoài quận");
    long stranger = person(elsewhere, "Người Ngoài Quận");
    assertThatThrownBy(
            () ->
                as(officer, () -> decisions.draft(draft(district, List.of(goodWorker(stranger))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.awardee.outside"));
    AwardeeDraft collectiveGoodWorker =
        new AwardeeDraft("CNG", 2, Recipient.COLLECTIVE, null, factory, "", null);
    assertThatThrownBy(
            () ->
                as(officer, () -> decisions.draft(draft(district, List.of(collectiveGoodWorker)))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.awardee.recipientNotAllowed"));
    assertThatThrownBy(
            () ->
                as(
                    officer,
                    () ->
                        decisions.draft(
                            draft(district, List.of(goodWorker(worker), goodWorker(worker))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.awardee.duplicate"));
  }

  @Test
  void checksAwardeesAgainstTheHierarchyAsItStoodAtTheEndOfTheYearHonoured() {
    long ward = fixtures.unit(province, "Công đoàn phường mới", "WARD");
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> hierarchy.move(factory, ward, LocalDate.of(2022, 1, 1)));
    SignedInUser wardOfficer = Users.user(Role.OFFICER, ward);

    long ofTheDistrict =
        as(officer, () -> decisions.draft(draft(district, 2020, List.of(goodWorker(worker)))));
    long ofTheWard =
        as(wardOfficer, () -> decisions.draft(draft(ward, 2022, List.of(goodWorker(worker)))));

    assertThat(as(officer, () -> decisions.get(ofTheDistrict)).awardees()).hasSize(1);
    assertThat(as(wardOfficer, () -> decisions.get(ofTheWard)).awardees()).hasSize(1);
    assertThatThrownBy(
            () ->
                as(
                    officer,
                    () -> decisions.draft(draft(district, 2022, List.of(goodWorker(worker))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.awardee.outside"));
    assertThatThrownBy(
            () ->
                as(
                    wardOfficer,
                    () -> decisions.draft(draft(ward, 2021, List.of(goodWorker(worker))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("decision.awardee.outside"));
  }

  @Test
  void onlyAnOfficerOfTheIssuingUnitDraftsAndOutsidersDoNotSeeIt() {
    SignedInUser viewer = Users.user(Role.VIEWER, district);
    assertThatThrownBy(
            () -> as(viewer, () -> decisions.draft(draft(district, List.of(goodWorker(worker))))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    long id = as(officer, () -> decisions.draft(draft(district, List.of(goodWorker(worker)))));
    SignedInUser below = Users.user(Role.VIEWER, factory);
    assertThat(as(below, () -> decisions.get(id)).id()).isEqualTo(id);
    SignedInUser outsider = Users.user(Role.OFFICER, fixtures.province("Tỉnh bên cạnh"));
    assertThatThrownBy(() -> as(outsider, () -> decisions.get(id)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    assertThat(
            as(outsider, () -> decisions.search(new DecisionFilter(2020, null, null), 0, 200))
                .items())
        .noneMatch(summary -> summary.id() == id);
    assertThat(
            as(officer, () -> decisions.search(new DecisionFilter(2020, null, district), 0, 50))
                .items())
        .anyMatch(summary -> summary.id() == id);
  }

  @Test
  void refusesAStaleVersion() {
    long id = as(officer, () -> decisions.draft(draft(district, List.of(goodWorker(worker)))));
    int version = as(officer, () -> decisions.get(id)).version();
    as(officer, () -> decisions.addAwardee(id, version, meritCertificate(factory)));
    assertThatThrownBy(() -> as(officer, () -> decisions.issue(id, version, SIGNED)))
        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    assertThat(as(officer, () -> decisions.get(id)).status()).isEqualTo(DecisionStatus.DRAFT);
  }
}
