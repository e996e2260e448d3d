package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReportTests {

  private static final Instant NOW = Instant.parse("2023-07-05T02:00:00Z");
  private static final RegistrationTerms TERMS =
      new RegistrationTerms(
          Map.of(
              1L, new RegistrationTerms.Rule(1, "Sáng kiến", Measure.NUMERIC, Direction.HIGHER),
              3L, new RegistrationTerms.Rule(3, "Thỏa ước", Measure.YES_NO, Direction.HIGHER)),
          List.of());
  private static final MovementView.PhaseView SECOND_HALF =
      new MovementView.PhaseView(
          5L, 2, null, null, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));

  private static ProgressDraft values(BigDecimal initiatives, BigDecimal agreement) {
    return new ProgressDraft(
        List.of(
            new ProgressDraft.Value(1L, initiatives, "Theo quyết định công nhận số 12"),
            new ProgressDraft.Value(3L, agreement, null)),
        null);
  }

  @Test
  void keepsTheValuesWithTheirNotes() {
    ProgressReport report = new ProgressReport(9L, 5L, 42L);

    report.record(
        values(BigDecimal.valueOf(7), BigDecimal.ONE),
        TERMS,
        SECOND_HALF,
        LocalDate.of(2023, 7, 5),
        "canbo",
        NOW);

    assertThat(report.values())
        .containsEntry(
            1L, new ProgressReport.Entry(BigDecimal.valueOf(7), "Theo quyết định công nhận số 12"))
        .containsEntry(3L, new ProgressReport.Entry(BigDecimal.ONE, null));
  }

  @Test
  void aCriterionLeftEmptyIsNotReported() {
    ProgressReport report = new ProgressReport(9L, 5L, 42L);

    report.record(
        values(null, BigDecimal.ZERO), TERMS, SECOND_HALF, LocalDate.of(2023, 7, 5), "c", NOW);

    assertThat(report.values()).containsOnlyKeys(3L);
  }

  @Test
  void refusesAReportBeforeThePhaseBegins() {
    ProgressReport report = new ProgressReport(9L, 5L, 42L);

    assertThatThrownBy(
            () ->
                report.record(
                    values(BigDecimal.ONE, BigDecimal.ONE),
                    TERMS,
                    SECOND_HALF,
                    LocalDate.of(2023, 6, 30),
                    "c",
                    NOW))
        .hasMessageContaining("progress.phaseNotStarted");
  }

  @Test
  void refusesValuesOfTheWrongType() {
    ProgressReport report = new ProgressReport(9L, 5L, 42L);
    LocalDate day = LocalDate.of(2023, 7, 5);

    assertThatThrownBy(
            () ->
                report.record(
                    values(BigDecimal.ONE, BigDecimal.valueOf(2)),
                    TERMS,
                    SECOND_HALF,
                    day,
                    "c",
                    NOW))
        .hasMessageContaining("progress.yesNoValue");
    assertThatThrownBy(
            () ->
                report.record(
                    values(BigDecimal.valueOf(-3), BigDecimal.ONE),
                    TERMS,
                    SECOND_HALF,
                    day,
                    "c",
                    NOW))
        .hasMessageContaining("progress.negative");
    assertThatThrownBy(
            () ->
                report.record(
                    new ProgressDraft(
                        List.of(new ProgressDraft.Value(99L, BigDecimal.ONE, null)), null),
                    TERMS,
                    SECOND_HALF,
                    day,
                    "c",
                    NOW))
        .hasMessageContaining("registration.unknownCriterion");
    assertThat(report.values()).isEmpty();
  }
}
