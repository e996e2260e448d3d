package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.shared.number.Percent;

/**
 * How far a unit got on one criterion: the value it reported against its target. The ratio that
 * scoring weighs is capped at 1, so overshooting one criterion cannot make up for another; when
 * less is better, staying at or below the target is full achievement and each unit above it lowers
 * the ratio (target / value); a yes/no criterion counts 1 for "yes"; a missing report counts 0.
 *
 * @param value the reported value, null when the unit did not report
 */
record Achievement(Measure measure, Direction direction, BigDecimal target, BigDecimal value) {

  static final int RATIO_SCALE = 4;

  boolean reported() {
    return value != null;
  }

  /** The value as a share of the target, in percent (uncapped); null when it means nothing. */
  BigDecimal percentOfTarget() {
    if (value == null || measure == Measure.YES_NO || target == null) {
      return null;
    }
    return Percent.of(value, target);
  }

  /** Whether the target is met: reached, not exceeded when less is better, or "yes". */
  boolean met() {
    if (value == null) {
      return false;
    }
    if (measure == Measure.YES_NO) {
      return value.signum() > 0;
    }
    return direction == Direction.HIGHER
        ? value.compareTo(target) >= 0
        : value.compareTo(target) <= 0;
  }

  /** The achievement between 0 and 1 that scoring weighs. */
  BigDecimal ratio() {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    if (measure == Measure.YES_NO || met()) {
      return met() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (direction == Direction.HIGHER) {
      return value.divide(target, RATIO_SCALE, RoundingMode.HALF_UP);
    }
    return target.signum() == 0
        ? BigDecimal.ZERO
        : target.divide(value, RATIO_SCALE, RoundingMode.HALF_UP);
  }
}
