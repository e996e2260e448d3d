package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A movement as pages and the API show it. */
public record MovementView(
    long id,
    long organiserId,
    String organiserName,
    MovementKind kind,
    String name,
    String theme,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate registrationDeadline,
    MovementStatus status,
    Instant launchedAt,
    List<PhaseView> phases,
    List<String> objectives,
    List<CriterionView> criteria,
    List<AimedTitle> titles,
    MovementDraft.Participation participation,
    List<Long> pilotUnitIds,
    List<MovementDraft.SectorVariant> sectorVariants,
    int participantCount,
    int version) {

  public boolean launched() {
    return status == MovementStatus.LAUNCHED;
  }

  public Optional<PhaseView> phase(long phaseId) {
    return phases.stream().filter(phase -> phase.id() == phaseId).findFirst();
  }

  public Optional<CriterionView> criterion(long criterionId) {
    return criteria.stream().filter(criterion -> criterion.id() == criterionId).findFirst();
  }

  /** The title's name, or the code itself when the movement does not lead to it. */
  public String titleName(String code) {
    return titles.stream()
        .filter(title -> title.code().equals(code))
        .map(AimedTitle::name)
        .findFirst()
        .orElse(code);
  }

  /** The catalogue's titles a unit may aim at ({@code collective}) or one of its workers. */
  public List<AimedTitle> titlesFor(boolean collective) {
    return titles.stream()
        .filter(AimedTitle::catalogued)
        .filter(title -> collective ? title.forCollectives() : title.forIndividuals())
        .toList();
  }

  /** The name the units of a sector know the movement by. */
  public String nameFor(Long sectorId) {
    return sectorVariants.stream()
        .filter(variant -> variant.sectorId().equals(sectorId))
        .map(MovementDraft.SectorVariant::name)
        .findFirst()
        .orElse(name);
  }

  /** The movement as a draft to edit, carrying the version it was read at. */
  public MovementDraft toDraft() {
    return new MovementDraft(
        organiserId,
        kind,
        name,
        theme,
        startsOn,
        endsOn,
        registrationDeadline,
        phases.stream()
            .map(p -> new MovementDraft.PhaseDraft(p.name(), p.theme(), p.startsOn(), p.endsOn()))
            .toList(),
        objectives,
        criteria.stream()
            .map(
                c ->
                    new MovementDraft.CriterionDraft(
                        c.name(),
                        c.unitOfMeasure(),
                        c.measure(),
                        c.direction(),
                        c.target(),
                        c.weight()))
            .toList(),
        titles.stream().filter(AimedTitle::catalogued).map(AimedTitle::code).toList(),
        participation,
        pilotUnitIds,
        sectorVariants,
        version);
  }

  /** A phase; {@code number} counts from 1 in date order. */
  public record PhaseView(
      long id, int number, String name, String theme, LocalDate startsOn, LocalDate endsOn) {

    public boolean startedBy(LocalDate day) {
      return !startsOn.isAfter(day);
    }
  }

  /** A criterion; {@code number} counts from 1 in the order the organiser gave. */
  public record CriterionView(
      long id,
      int number,
      String name,
      String unitOfMeasure,
      Measure measure,
      Direction direction,
      BigDecimal target,
      BigDecimal weight) {}
}
