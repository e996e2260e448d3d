package vn.thidua.movement;

import java.math.BigDecimal;
import vn.thidua.shared.web.DomainException;

/**
 * What a target may be: a numeric criterion needs one (above zero when more is better, zero or more
 * when less is better); a yes/no criterion is met by "yes" and takes no number.
 */
final class Targets {

  private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

  private Targets() {}

  /** A criterion's target as the organiser sets it, refused naming the criterion's number. */
  static BigDecimal checked(Measure measure, Direction direction, BigDecimal target, int number) {
    return checked(measure, direction, target, "criterion", number);
  }

  /**
   * The target to keep (null for a yes/no criterion), or a refusal whose message key starts with
   * {@code keys} and names the criterion by {@code label}.
   */
  static BigDecimal checked(
      Measure measure, Direction direction, BigDecimal target, String keys, Object label) {
    if (measure == Measure.YES_NO) {
      if (target != null && target.compareTo(BigDecimal.ONE) != 0) {
        throw DomainException.invalid(keys + ".yesNoTarget", label);
      }
      return null;
    }
    if (target == null) {
      throw DomainException.invalid(keys + ".targetRequired", label);
    }
    if (direction == Direction.HIGHER ? target.signum() <= 0 : target.signum() < 0) {
      throw DomainException.invalid(
          keys + (direction == Direction.HIGHER ? ".targetPositive" : ".targetNegative"), label);
    }
    if (target.compareTo(LIMIT) >= 0 || target.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(keys + ".targetFormat", label);
    }
    return target;
  }
}
