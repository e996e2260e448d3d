package vn.thidua.initiative;

import java.util.Optional;
import vn.thidua.shared.web.DomainException;

/**
 * The rules of handing a programme's targets down the hierarchy: the launching unit sets its own
 * target; every other unit receives its target from the unit directly above it, and only a unit
 * that has a target hands targets further down.
 */
final class TargetHandDown {

  static final int MAX_TARGET = 100_000_000;

  private TargetHandDown() {}

  static void aPositiveWholeNumber(Integer target) {
    if (target == null) {
      throw DomainException.invalid("programme.target.missing");
    }
    if (target <= 0 || target > MAX_TARGET) {
      throw DomainException.invalid("programme.target.range", MAX_TARGET);
    }
  }

  /**
   * A unit receives its target from the unit directly above it, which must itself take part in the
   * programme: the launching unit or a unit below it.
   *
   * @param handingId the unit directly above the receiving one during the programme, if any
   * @param handingInProgramme whether that unit is the launching unit or below it
   */
  static void onlyFromTheUnitDirectlyAboveInTheProgramme(
      Optional<Long> handingId, boolean handingInProgramme, String receivingName) {
    if (handingId.isEmpty() || !handingInProgramme) {
      throw DomainException.invalid("programme.target.outside", receivingName);
    }
  }

  static void onlyFromAUnitThatHasATarget(boolean handingHasTarget, String handingName) {
    if (!handingHasTarget) {
      throw DomainException.invalid("programme.target.noneAbove", handingName);
    }
  }
}
