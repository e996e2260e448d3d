package vn.thidua.movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scoring method, as the ranking page states it: a unit earns each criterion's weight times its
 * achievement (see {@link Achievement}: capped at 100 %, less-is-better and yes/no handled, a
 * missing report earning nothing); its score is the sum, out of 100, to two decimals. An officer's
 * adjustment is added to it, and the result never goes below zero.
 */
final class Scoring {

  static final int SCALE = 2;

  private Scoring() {}

  /** What a unit earned on each criterion, and in all. */
  record Score(List<BigDecimal> points, BigDecimal total, int missing) {}

  static Score score(
      List<MovementView.CriterionView> criteria,
      Map<Long, BigDecimal> targets,
      Map<Long, BigDecimal> values) {
    List<BigDecimal> points = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int missing = 0;
    for (MovementView.CriterionView criterion : criteria) {
      BigDecimal value = values.get(criterion.id());
      if (value == null) {
        missing++;
      }
      Achievement achievement =
          new Achievement(
              criterion.measure(),
              criterion.direction(),
              targets.getOrDefault(criterion.id(), criterion.target()),
              value);
      BigDecimal earned = criterion.weight().multiply(achievement.ratio());
      points.add(earned.setScale(SCALE, RoundingMode.HALF_UP));
      total = total.add(earned);
    }
    return new Score(List.copyOf(points), total.setScale(SCALE, RoundingMode.HALF_UP), missing);
  }

  /** The score with the officer's adjustment, never below zero. */
  static BigDecimal adjusted(BigDecimal score, BigDecimal adjustment) {
    BigDecimal result = adjustment == null ? score : score.add(adjustment);
    return result.signum() < 0
        ? BigDecimal.ZERO.setScale(SCALE)
        : result.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
