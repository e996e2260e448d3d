package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class DraftRulesTests {

  static DecisionDraft heading(int year, String subject, String signer, String... bases) {
    return new DecisionDraft(1, year, subject, Arrays.asList(bases), signer, "Chủ tịch", List.of());
  }

  static void refusedWith(Runnable rule, String key) {
    assertThatThrownBy(rule::run)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void cleansTheHeadingAndDropsBlankBases() {
    DraftRules.Heading heading =
        DraftRules.aCompleteHeading(
            heading(2020, "  Về việc khen thưởng ", " Nguyễn Văn A ", "Căn cứ A;", " ", "Căn cứ B"),
            2026);
    assertThat(heading.subject()).isEqualTo("Về việc khen thưởng");
    assertThat(heading.signerName()).isEqualTo("Nguyễn Văn A");
    assertThat(heading.bases()).containsExactly("Căn cứ A;", "Căn cứ B");
    assertThat(heading.basesText()).isEqualTo("Căn cứ A;\nCăn cứ B");
  }

  @Test
  void refusesAHeadingWithoutSubjectOrSignerOrWithAYearOutOfRange() {
    refusedWith(
        () -> DraftRules.aCompleteHeading(heading(2020, " ", "A"), 2026),
        "decision.subject.missing");
    refusedWith(
        () -> DraftRules.aCompleteHeading(heading(2020, "Về việc", null), 2026),
        "decision.signer.missing");
    refusedWith(
        () -> DraftRules.aCompleteHeading(heading(2030, "Về việc", "A"), 2026),
        "decision.year.invalid");
  }

  @Test
  void onlyADraftChanges() {
    DraftRules.onlyADraftChanges(DecisionStatus.DRAFT, "…/QĐ-LĐLĐ");
    for (DecisionStatus status :
        List.of(DecisionStatus.ISSUED, DecisionStatus.REVOKED, DecisionStatus.AMENDED)) {
      refusedWith(
          () -> DraftRules.onlyADraftChanges(status, "3/QĐ-LĐLĐ"), "decision.issued.immutable");
    }
  }

  @Test
  void aRevocationHasNoAwardeesAndAnAwardHasSome() {
    refusedWith(
        () -> DraftRules.aDecisionThatAwardsNamesAwardees(DecisionKind.AWARD, 0),
        "decision.issue.noAwardees");
    refusedWith(
        () -> DraftRules.aDecisionThatAwardsNamesAwardees(DecisionKind.REVOKE, 1),
        "decision.revoke.noAwardees");
    DraftRules.aDecisionThatAwardsNamesAwardees(DecisionKind.REVOKE, 0);
    DraftRules.aDecisionThatAwardsNamesAwardees(DecisionKind.AMEND, 2);
  }

  @Test
  void signsNoLaterThanTodayAndNotBeforeTheYearHonoured() {
    LocalDate today = LocalDate.of(2026, 3, 1);
    refusedWith(
        () -> DraftRules.aPlausibleSigningDay(today.plusDays(1), 2025, today),
        "decision.signedOn.future");
    refusedWith(
        () -> DraftRules.aPlausibleSigningDay(LocalDate.of(2024, 12, 31), 2025, today),
        "decision.signedOn.beforeYear");
    refusedWith(
        () -> DraftRules.aPlausibleSigningDay(null, 2025, today), "decision.signedOn.missing");
    DraftRules.aPlausibleSigningDay(LocalDate.of(2026, 1, 10), 2025, today);
  }
}
