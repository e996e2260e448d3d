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

  /** The target to keep, or a refusal naming the criterion by its number. */
  static BigDecimal checked(Measure measure, Direction direction, BigDecimal target, int number) {
    if (measure == Measure.YES_NO) {
      if (target != null && target.compareTo(BigDecimal.ONE) != 0) {
        throw DomainException.invalid("criterion.yesNoTarget", number);
      }
      return null;
    }
    if (target == null) {
      throw DomainException.invalid("criterion.targetRequired", number);
    }
    if (direction == Direction.HIGHER ? target.signum() <= 0 : target.signum() < 0) {
      throw DomainException.invalid(
          direction == Direction.HIGHER ? "criterion.targetPositive" : "criterion.targetNegative",
          number);
    }
    if (target.compareTo(LIMIT) >= 0 || target.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("criterion.targetFormat", number);
    }
    return target;
  }
}
