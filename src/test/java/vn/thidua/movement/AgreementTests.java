package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class AgreementTests {

  static final LocalDate DEADLINE = LocalDate.of(2023, 2, 15);
  static final Instant NOW = Instant.parse("2023-01-10T02:00:00Z");

  static AgreementDraft aClusterAgreement() {
    return new AgreementDraft(
        7L,
        AgreementScope.CLUSTER,
        3L,
        11L,
        2023,
        "Giao ước thi đua năm 2023",
        "Hoàn thành vượt mức kế hoạch sản xuất.\nKhông để xảy ra tai nạn lao động.",
        DEADLINE,
        null);
  }

  static Agreement anAgreement() {
    return new Agreement(aClusterAgreement(), "canbo", NOW);
  }

  @Test
  void keepsOnlyTheIdOfTheChosenScope() {
    Agreement agreement = anAgreement();

    assertThat(agreement.clusterId()).isEqualTo(11L);
    assertThat(agreement.sectorId()).isNull();
    assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
  }

  @Test
  void refusesADraftWithoutTitleContentDeadlineOrScope() {
    AgreementDraft draft = aClusterAgreement();
    assertRefused(
        new AgreementDraft(7L, draft.scope(), null, 11L, 2023, " ", "x", DEADLINE, null),
        "agreement.titleRequired");
    assertRefused(
        new AgreementDraft(7L, draft.scope(), null, 11L, 2023, "T", null, DEADLINE, null),
        "agreement.contentRequired");
    assertRefused(
        new AgreementDraft(7L, draft.scope(), null, 11L, 2023, "T", "x", null, null),
        "agreement.deadlineRequired");
    assertRefused(
        new AgreementDraft(7L, null, null, 11L, 2023, "T", "x", DEADLINE, null),
        "agreement.scopeRequired");
    assertRefused(
        new AgreementDraft(7L, AgreementScope.SECTOR, null, 11L, 2023, "T", "x", DEADLINE, null),
        "agreement.sectorRequired");
  }

  @Test
  void refusesASigningDeadlineOutsideTheYearOrTheYearBefore() {
    assertRefused(
        new AgreementDraft(
            7L, AgreementScope.CLUSTER, null, 11L, 2023, "T", "x", LocalDate.of(2024, 1, 5), null),
        "agreement.deadlineOutsideYear");
    assertThat(
            new Agreement(
                    new AgreementDraft(
                        7L,
                        AgreementScope.CLUSTER,
                        null,
                        11L,
                        2023,
                        "T",
                        "x",
                        LocalDate.of(2022, 12, 20),
                        null),
                    "canbo",
                    NOW)
                .signingDeadline())
        .isEqualTo(LocalDate.of(2022, 12, 20));
  }

  @Test
  void opensOnlyWithMembersAndBeforeTheDeadline() {
    Agreement agreement = anAgreement();

    assertThatThrownBy(() -> agreement.open(0, DEADLINE.minusDays(30), "canbo", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("agreement.noMembers"));
    assertThatThrownBy(() -> agreement.open(5, DEADLINE.plusDays(1), "canbo", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("agreement.deadlineBeforeOpening"));

    agreement.open(5, DEADLINE, "canbo", NOW);

    assertThat(agreement.status()).isEqualTo(AgreementStatus.OPEN);
    assertThat(agreement.openedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> agreement.open(5, DEADLINE, "canbo", NOW))
        .isInstanceOf(InvalidTransition.class);
  }

  @Test
  void takesSignaturesOnlyWhileOpenAndUntilTheDeadline() {
    Agreement agreement = anAgreement();
    assertThatThrownBy(() -> agreement.requireSignable(DEADLINE.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

    agreement.open(3, DEADLINE.minusDays(20), "canbo", NOW);
    agreement.requireSignable(DEADLINE);
    assertThat(agreement.signable(DEADLINE)).isTrue();
    assertThatThrownBy(() -> agreement.requireSignable(DEADLINE.plusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("agreement.deadlinePassed"));

    agreement.close("canbo", NOW.plusSeconds(60));
    assertThat(agreement.signable(DEADLINE.minusDays(1))).isFalse();
    assertThatThrownBy(() -> agreement.requireSignable(DEADLINE.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("agreement.notOpenForSigning"));
  }

  @Test
  void closesOnlyAnOpenAgreementAndFreezesItOnceOpened() {
    Agreement agreement = anAgreement();
    assertThatThrownBy(() -> agreement.close("canbo", NOW)).isInstanceOf(InvalidTransition.class);

    agreement.open(2, DEADLINE, "canbo", NOW);

    assertThatThrownBy(() -> agreement.describe(aClusterAgreement(), NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("agreement.openedIsFinal"));
  }

  @Test
  void splitsTheCommitmentsIntoParagraphs() {
    AgreementView view =
        new AgreementView(
            1,
            7,
            "KCN",
            AgreementScope.CLUSTER,
            null,
            11L,
            "Cụm 1",
            2023,
            "T",
            "Một.\r\n\r\n  Hai.  \nBa.",
            DEADLINE,
            AgreementStatus.OPEN,
            NOW,
            null,
            java.util.List.of(),
            0);

    assertThat(view.paragraphs()).containsExactly("Một.", "Hai.", "Ba.");
  }

  private static void assertRefused(AgreementDraft draft, String key) {
    assertThatThrownBy(() -> new Agreement(draft, "canbo", NOW))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }
}
