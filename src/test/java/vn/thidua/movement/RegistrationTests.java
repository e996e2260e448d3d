package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class RegistrationTests {

  private static final Instant NOW = Instant.parse("2023-01-10T02:00:00Z");
  private static final LocalDate DEADLINE = LocalDate.of(2023, 1, 31);
  private static final RegistrationDeadline OPEN =
      new RegistrationDeadline(DEADLINE, LocalDate.of(2023, 1, 10), false);
  private static final RegistrationDeadline PASSED =
      new RegistrationDeadline(DEADLINE, LocalDate.of(2023, 2, 1), false);
  private static final RegistrationDeadline ACCEPTED_LATE =
      new RegistrationDeadline(DEADLINE, LocalDate.of(2023, 2, 1), true);

  private static final RegistrationTerms TERMS =
      new RegistrationTerms(
          Map.of(
              1L, new RegistrationTerms.Rule(1, "Sáng kiến", Measure.NUMERIC, Direction.HIGHER),
              2L,
                  new RegistrationTerms.Rule(
                      2, "Tai nạn lao động", Measure.NUMERIC, Direction.LOWER),
              3L, new RegistrationTerms.Rule(3, "Thỏa ước", Measure.YES_NO, Direction.HIGHER)),
          List.of(
              new AimedTitle("LDG", "Lao động giỏi", true, true, false),
              new AimedTitle("CSTDCS", "Chiến sĩ thi đua cơ sở", true, true, false),
              new AimedTitle(
                  "CDCS_HTXS", "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ", true, false, true),
              AimedTitle.free("Công đoàn cơ sở vững mạnh")));

  static RegistrationDraft aCompletePledge() {
    return new RegistrationDraft(
        42L,
        List.of(
            new RegistrationDraft.TargetPledge(1L, BigDecimal.valueOf(12)),
            new RegistrationDraft.TargetPledge(2L, BigDecimal.ZERO)),
        List.of("CDCS_HTXS"),
        List.of(new RegistrationDraft.PersonPledge(7L, "Nguyễn Thị Hoa", "CSTDCS")),
        null,
        0);
  }

  private static Registration aDraft() {
    return new Registration(9L, 42L, aCompletePledge(), TERMS, OPEN, "canbo", NOW);
  }

  private static Registration aSubmitted() {
    Registration registration = aDraft();
    registration.submit(TERMS, OPEN, "canbo", NOW);
    return registration;
  }

  @Test
  void walksFromDraftThroughSubmittedToApproved() {
    Registration registration = aSubmitted();
    assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);

    registration.approve("cap.tren", NOW);

    assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(registration.reviewedBy()).isEqualTo("cap.tren");
    assertThat(registration.late()).isFalse();
  }

  @Test
  void keepsThePledgesAndPeople() {
    Registration registration = aDraft();

    assertThat(registration.targets())
        .containsEntry(1L, BigDecimal.valueOf(12))
        .containsEntry(2L, BigDecimal.ZERO)
        .doesNotContainKey(3L);
    assertThat(registration.people())
        .containsExactly(new RegistrationDraft.PersonPledge(7L, "Nguyễn Thị Hoa", "CSTDCS"));
  }

  @Test
  void rejectingOrReturningNeedsAReason() {
    Registration registration = aSubmitted();

    assertThatThrownBy(() -> registration.reject("  ", "cap.tren", NOW))
        .hasMessageContaining("registration.reasonRequired");
    assertThatThrownBy(() -> registration.returnForChanges(null, "cap.tren", NOW))
        .hasMessageContaining("registration.reasonRequired");
    assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);

    registration.reject("Chỉ tiêu thấp hơn năm trước", "cap.tren", NOW);
    assertThat(registration.status()).isEqualTo(RegistrationStatus.REJECTED);
    assertThat(registration.reviewReason()).isEqualTo("Chỉ tiêu thấp hơn năm trước");
  }

  @Test
  void refusesToApproveADraft() {
    Registration registration = aDraft();

    assertThatThrownBy(() -> registration.approve("cap.tren", NOW))
        .isInstanceOf(InvalidTransition.class)
        .hasMessageContaining("status.RegistrationStatus.DRAFT")
        .hasMessageContaining("status.RegistrationStatus.APPROVED");
  }

  @Test
  void aReturnedRegistrationIsChangedAndSubmittedAgainEvenAfterTheDeadline() {
    Registration registration = aSubmitted();
    registration.returnForChanges("Bổ sung danh sách cá nhân", "cap.tren", NOW);

    registration.describe(aCompletePledge(), TERMS, PASSED, NOW);
    registration.submit(TERMS, PASSED, "canbo", NOW);

    assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);
    assertThat(registration.late()).isFalse();
  }

  @Test
  void refusesARegistrationAfterTheDeadline() {
    assertThatThrownBy(
            () -> new Registration(9L, 42L, aCompletePledge(), TERMS, PASSED, "canbo", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo("registration.deadlinePassed");
              assertThat(refused.args()).containsExactly("31/01/2023");
            });
    Registration draft = aDraft();
    assertThatThrownBy(() -> draft.submit(TERMS, PASSED, "canbo", NOW))
        .hasMessageContaining("registration.deadlinePassed");
  }

  @Test
  void theOrganiserMayAcceptALateRegistration() {
    Registration registration =
        new Registration(9L, 42L, aCompletePledge(), TERMS, ACCEPTED_LATE, "cap.tren", NOW);
    registration.submit(TERMS, ACCEPTED_LATE, "cap.tren", NOW);

    assertThat(registration.late()).isTrue();
  }

  @Test
  void submittingNeedsATargetForEveryNumericCriterionAndATitle() {
    RegistrationDraft partial =
        new RegistrationDraft(
            42L,
            List.of(new RegistrationDraft.TargetPledge(1L, BigDecimal.TEN)),
            List.of(),
            null,
            null,
            0);
    Registration registration = new Registration(9L, 42L, partial, TERMS, OPEN, "canbo", NOW);

    assertThatThrownBy(() -> registration.submit(TERMS, OPEN, "canbo", NOW))
        .hasMessageContaining("registration.targetsMissing")
        .hasMessageContaining("Tai nạn lao động");
    assertThat(registration.status()).isEqualTo(RegistrationStatus.DRAFT);
  }

  @Test
  void refusesTargetsOfTheWrongType() {
    RegistrationDraft numberForYesNo =
        new RegistrationDraft(
            42L,
            List.of(new RegistrationDraft.TargetPledge(3L, BigDecimal.valueOf(5))),
            null,
            null,
            null,
            0);
    RegistrationDraft negative =
        new RegistrationDraft(
            42L,
            List.of(new RegistrationDraft.TargetPledge(2L, BigDecimal.valueOf(-1))),
            null,
            null,
            null,
            0);
    RegistrationDraft zeroInitiatives =
        new RegistrationDraft(
            42L,
            List.of(new RegistrationDraft.TargetPledge(1L, BigDecimal.ZERO)),
            null,
            null,
            null,
            0);

    assertThatThrownBy(() -> new Registration(9L, 42L, numberForYesNo, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("pledge.yesNoTarget");
    assertThatThrownBy(() -> new Registration(9L, 42L, negative, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("pledge.targetNegative");
    assertThatThrownBy(() -> new Registration(9L, 42L, zeroInitiatives, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("pledge.targetPositive");
  }

  @Test
  void refusesATitleTheMovementDoesNotLeadTo() {
    RegistrationDraft wrongTitle =
        new RegistrationDraft(42L, null, List.of("Cờ thi đua của Chính phủ"), null, null, 0);

    assertThatThrownBy(() -> new Registration(9L, 42L, wrongTitle, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("registration.unknownTitle");
  }

  @Test
  void refusesAnOldFreeTitleThatIsNotInTheCatalogue() {
    RegistrationDraft freeTitle =
        new RegistrationDraft(42L, null, List.of("Công đoàn cơ sở vững mạnh"), null, null, 0);

    assertThatThrownBy(() -> new Registration(9L, 42L, freeTitle, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("registration.unknownTitle");
  }

  @Test
  void aUnitAimsOnlyAtTitlesForCollectives() {
    RegistrationDraft individualTitle =
        new RegistrationDraft(42L, null, List.of("LDG"), null, null, 0);

    assertThatThrownBy(() -> new Registration(9L, 42L, individualTitle, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("registration.titleNotForUnits");
  }

  @Test
  void aWorkerAimsOnlyAtTitlesForIndividuals() {
    RegistrationDraft collectiveTitle =
        new RegistrationDraft(
            42L,
            null,
            null,
            List.of(new RegistrationDraft.PersonPledge(7L, "Nguyễn Thị Hoa", "CDCS_HTXS")),
            null,
            0);

    assertThatThrownBy(() -> new Registration(9L, 42L, collectiveTitle, TERMS, OPEN, "c", NOW))
        .hasMessageContaining("registration.titleNotForPeople");
  }

  @Test
  void aSubmittedRegistrationCannotBeChanged() {
    Registration registration = aSubmitted();

    assertThatThrownBy(() -> registration.describe(aCompletePledge(), TERMS, OPEN, NOW))
        .hasMessageContaining("registration.notEditable");
  }
}
