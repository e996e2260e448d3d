package vn.thidua.movement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A movement as its organiser writes it. A draft may leave parts out; launching names what is still
 * missing. An edit carries the {@code version} it was made on. The constraints document the API;
 * the movement itself enforces them, after the organiser's scope has been checked, so that a user
 * outside it learns nothing from a validation message.
 *
 * @param organiserId the unit that launches the movement, above grassroots
 * @param registrationDeadline the last day participants may register
 */
public record MovementDraft(
    @NotNull Long organiserId,
    @NotNull MovementKind kind,
    @NotBlank @Size(max = 300) String name,
    @Size(max = 1000) String theme,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate registrationDeadline,
    List<@Valid PhaseDraft> phases,
    List<@NotBlank @Size(max = 1000) String> objectives,
    List<@Valid CriterionDraft> criteria,
    List<@NotBlank @Size(max = 100) String> titles,
    @Valid Participation participation,
    List<Long> pilotUnitIds,
    List<@Valid SectorVariant> sectorVariants,
    Integer version) {

  public MovementDraft {
    phases = Lists.clean(phases);
    objectives = Lists.clean(objectives);
    criteria = Lists.clean(criteria);
    titles = Lists.clean(titles);
    participation = participation == null ? Participation.NONE : participation;
    pilotUnitIds = Lists.clean(pilotUnitIds);
    sectorVariants = Lists.clean(sectorVariants);
  }

  /** A phase (đợt) with its own dates and theme; the name may be left out ("Đợt 1"). */
  public record PhaseDraft(
      @Size(max = 200) String name,
      @Size(max = 1000) String theme,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn) {}

  /**
   * A criterion (tiêu chí). A numeric one has a target; a yes/no one is met by "yes" and has none.
   * Weights of all criteria add up to 100.
   */
  public record CriterionDraft(
      @NotBlank @Size(max = 300) String name,
      @Size(max = 50) String unitOfMeasure,
      @NotNull Measure measure,
      Direction direction,
      BigDecimal target,
      @NotNull BigDecimal weight) {}

  /**
   * Who takes part: every grassroots union below the organiser, and/or those of chosen sectors, the
   * members of chosen clusters of the organiser, and chosen units below it.
   */
  public record Participation(
      Boolean wholeSubtree, List<Long> sectorIds, List<Long> clusterIds, List<Long> unitIds) {

    public static final Participation NONE = new Participation(false, null, null, null);

    public Participation {
      wholeSubtree = Boolean.TRUE.equals(wholeSubtree);
      sectorIds = Lists.clean(sectorIds);
      clusterIds = Lists.clean(clusterIds);
      unitIds = Lists.clean(unitIds);
    }

    public boolean isEmpty() {
      return !wholeSubtree && sectorIds.isEmpty() && clusterIds.isEmpty() && unitIds.isEmpty();
    }
  }

  /** The name a sector's units know the movement by. */
  public record SectorVariant(@NotNull Long sectorId, @NotBlank @Size(max = 300) String name) {}
}
