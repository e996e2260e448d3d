package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.movement.MovementDrafts.START;
import static vn.thidua.movement.MovementDrafts.accidents;
import static vn.thidua.movement.MovementDrafts.complete;
import static vn.thidua.movement.MovementDrafts.firstHalf;
import static vn.thidua.movement.MovementDrafts.initiatives;
import static vn.thidua.movement.MovementDrafts.secondHalf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class MovementTests {

  private static final Instant NOW = Instant.parse("2023-01-02T01:00:00Z");
  private static final Set<Long> PARTICIPANTS = Set.of(42L, 43L);

  private static List<AimedTitle> asFree(List<TitleRef> titles) {
    return titles.stream().map(title -> AimedTitle.free(title.key())).toList();
  }

  @Test
  void numbersPhasesInDateOrder() {
    MovementView view =
        new Movement(complete(), "canbo", NOW).view("LĐLĐ", 0, MovementTests::asFree);

    assertThat(view.phases()).extracting(MovementView.PhaseView::number).containsExactly(1, 2);
    assertThat(view.phases().get(0).startsOn()).isEqualTo(START);
    assertThat(view.status()).isEqualTo(MovementStatus.DRAFT);
  }

  @Test
  void launchRefusesNamingEveryMissingPart() {
    MovementDraft bare =
        new MovementDraft(
            7L,
            MovementKind.CAMPAIGN,
            "Phong trào chưa đủ",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
    Movement movement = new Movement(bare, "canbo", NOW);

    assertThatThrownBy(() -> movement.launch(Set.of(), String::valueOf, "canbo", NOW))
        .isInstanceOfSatisfying(
            MovementIncomplete.class,
            refused ->
                assertThat(refused.missing())
                    .containsExactly(
                        MovementIncomplete.Part.DATES,
                        MovementIncomplete.Part.PHASES,
                        MovementIncomplete.Part.OBJECTIVES,
                        MovementIncomplete.Part.CRITERIA,
                        MovementIncomplete.Part.PARTICIPANTS));
    assertThat(movement.status()).isEqualTo(MovementStatus.DRAFT);
  }

  @Test
  void launchNamesOnlyWhatIsMissing() {
    Movement movement =
        new Movement(MovementDrafts.withObjectives(complete(), List.of()), "canbo", NOW);

    assertThatThrownBy(() -> movement.launch(PARTICIPANTS, String::valueOf, "canbo", NOW))
        .isInstanceOfSatisfying(
            MovementIncomplete.class,
            refused ->
                assertThat(refused.missing()).containsExactly(MovementIncomplete.Part.OBJECTIVES));
  }

  @Test
  void launchRefusesWeightsThatDoNotAddUpToAHundred() {
    Movement movement =
        new Movement(
            MovementDrafts.withCriteria(complete(), List.of(initiatives(60), accidents(30))),
            "canbo",
            NOW);

    assertThatThrownBy(() -> movement.launch(PARTICIPANTS, String::valueOf, "canbo", NOW))
        .isInstanceOf(DomainException.class)
        .isInstanceOfSatisfying(
            DomainException.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo("movement.weightsSum");
              assertThat((BigDecimal) refused.args()[0]).isEqualByComparingTo("90");
            });
  }

  @Test
  void launchRefusesAPilotUnitThatDoesNotTakePart() {
    Movement movement = new Movement(complete(), "canbo", NOW);

    assertThatThrownBy(() -> movement.launch(Set.of(43L), id -> "Đơn vị " + id, "canbo", NOW))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("movement.pilotNotParticipating")
        .hasMessageContaining("Đơn vị 42");
  }

  @Test
  void aLaunchedMovementIsFinal() {
    Movement movement = new Movement(complete(), "canbo", NOW);
    movement.launch(PARTICIPANTS, String::valueOf, "canbo", NOW);

    assertThat(movement.status()).isEqualTo(MovementStatus.LAUNCHED);
    assertThatThrownBy(() -> movement.describe(complete(), NOW))
        .hasMessageContaining("movement.launchedIsFinal");
    assertThatThrownBy(() -> movement.launch(PARTICIPANTS, String::valueOf, "canbo", NOW))
        .isInstanceOf(InvalidTransition.class);
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withPeriod(complete(), START, START.minusDays(1)), "canbo", NOW))
        .hasMessageContaining("movement.periodOrder");
  }

  @Test
  void refusesADeadlineAfterTheEnd() {
    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withDeadline(complete(), LocalDate.of(2024, 1, 15)),
                    "canbo",
                    NOW))
        .hasMessageContaining("movement.deadlineAfterEnd");
  }

  @Test
  void refusesAPhaseOutsideThePeriod() {
    MovementDraft.PhaseDraft late =
        new MovementDraft.PhaseDraft(
            null, null, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 31));

    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withPhases(complete(), List.of(firstHalf(), late)),
                    "canbo",
                    NOW))
        .hasMessageContaining("phase.outsidePeriod");
  }

  @Test
  void refusesOverlappingPhases() {
    MovementDraft.PhaseDraft overlapping =
        new MovementDraft.PhaseDraft(
            null, null, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 31));

    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withPhases(complete(), List.of(overlapping, firstHalf())),
                    "canbo",
                    NOW))
        .hasMessageContaining("phase.overlap");
  }

  @Test
  void refusesAPhaseEndingBeforeItStarts() {
    MovementDraft.PhaseDraft backwards =
        new MovementDraft.PhaseDraft(
            null, null, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 5, 1));

    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withPhases(complete(), List.of(backwards)), "canbo", NOW))
        .hasMessageContaining("phase.datesOrder");
  }

  @Test
  void aNumericCriterionNeedsATargetAndAYesNoOneTakesNone() {
    MovementDraft.CriterionDraft noTarget =
        new MovementDraft.CriterionDraft(
            "Đoàn viên mới", "người", Measure.NUMERIC, Direction.HIGHER, null, BigDecimal.TEN);
    MovementDraft.CriterionDraft yesNoWithNumber =
        new MovementDraft.CriterionDraft(
            "Có bếp ăn ca", null, Measure.YES_NO, null, BigDecimal.valueOf(5), BigDecimal.TEN);

    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withCriteria(complete(), List.of(noTarget)), "canbo", NOW))
        .hasMessageContaining("criterion.targetRequired");
    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withCriteria(complete(), List.of(yesNoWithNumber)),
                    "canbo",
                    NOW))
        .hasMessageContaining("criterion.yesNoTarget");
  }

  @Test
  void lowerIsBetterAcceptsAZeroTargetButHigherIsBetterDoesNot() {
    MovementDraft.CriterionDraft zeroHigher =
        new MovementDraft.CriterionDraft(
            "Sáng kiến", null, Measure.NUMERIC, Direction.HIGHER, BigDecimal.ZERO, BigDecimal.TEN);

    assertThat(new Movement(complete(), "canbo", NOW).view("", 0, MovementTests::asFree).criteria())
        .anySatisfy(c -> assertThat(c.target()).isEqualByComparingTo("0"));
    assertThatThrownBy(
            () ->
                new Movement(
                    MovementDrafts.withCriteria(complete(), List.of(zeroHigher)), "canbo", NOW))
        .hasMessageContaining("criterion.targetPositive");
  }

  @Test
  void refusesAWeightAboveAHundred() {
    MovementDraft.CriterionDraft heavy =
        new MovementDraft.CriterionDraft(
            "Sáng kiến",
            null,
            Measure.NUMERIC,
            Direction.HIGHER,
            BigDecimal.ONE,
            BigDecimal.valueOf(101));

    assertThatThrownBy(
            () ->
                new Movement(MovementDrafts.withCriteria(complete(), List.of(heavy)), "canbo", NOW))
        .hasMessageContaining("criterion.weightRange");
  }

  @Test
  void keepsTheSectorsOwnName() {
    MovementView view = new Movement(complete(), "canbo", NOW).view("", 0, MovementTests::asFree);

    assertThat(view.nameFor(3L)).isEqualTo("Hai tốt");
    assertThat(view.nameFor(4L)).isEqualTo("Lao động giỏi, lao động sáng tạo năm 2023");
    assertThat(secondHalf().startsOn()).isAfter(firstHalf().endsOn());
  }
}
