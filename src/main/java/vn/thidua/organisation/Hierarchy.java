package vn.thidua.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the hierarchy: new units, their details, and reorganisations with an effective date. The
 * shape before that date is kept, so figures and roll-ups of earlier dates do not change. Only an
 * officer of the level above may reorganise a unit.
 */
public interface Hierarchy {

  long create(NewUnit unit);

  void describe(long unitId, UnitDetails details);

  /** Moves the unit, with everything below it, under another parent from the date on. */
  void move(long unitId, long newParentId, LocalDate effectiveOn);

  /**
   * Merges the sources into a target (an existing unit, or a new one): their units below move under
   * the target, their own figures are added to the target's, and the sources end.
   */
  long merge(Merger merger);

  /** Splits a unit into new ones under the same parent; each unit below goes to one of them. */
  List<Long> split(long unitId, Split split);

  /** Ends a unit that has nothing left below it. */
  void dissolve(long unitId, LocalDate effectiveOn);

  record NewUnit(
      @NotNull Long parentId,
      @Size(max = 40) String code,
      @NotBlank @Size(max = 300) String name,
      @NotBlank String levelCode,
      String sectorCode,
      @NotNull LocalDate foundedOn) {}

  record UnitDetails(
      @Size(max = 40) String code,
      @NotBlank @Size(max = 300) String name,
      String sectorCode,
      int version) {}

  record Merger(
      @NotEmpty List<Long> sourceIds,
      Long targetId,
      @Valid NewUnit newTarget,
      @NotNull LocalDate effectiveOn) {}

  record Split(@NotNull LocalDate effectiveOn, @NotEmpty @Size(min = 2) List<@Valid Part> parts) {

    public record Part(
        @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String name,
        String sectorCode,
        Headcount headcount,
        List<Long> childIds) {}
  }
}
