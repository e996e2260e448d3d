package vn.thidua.initiative;

import java.math.BigDecimal;
import vn.thidua.shared.number.Percent;

/**
 * One row of a leaderboard: a unit (or a sector) with its target, the initiatives recognised in its
 * subtree, the share of the target reached, its authors and their benefit.
 *
 * @param rank the place, shared with those level on it; 0 before ranking
 * @param percent recognised against target, one decimal half up; null without a target
 */
public record Standing(
    int rank,
    long unitId,
    String unitName,
    Integer target,
    long recognised,
    BigDecimal percent,
    long authors,
    long benefitVnd) {

  static Standing of(
      long unitId,
      String unitName,
      Integer target,
      long recognised,
      long authors,
      long benefitVnd) {
    return new Standing(
        0,
        unitId,
        unitName,
        target,
        recognised,
        target == null ? null : Percent.of(recognised, target),
        authors,
        benefitVnd);
  }

  Standing ranked(int place) {
    return new Standing(place, unitId, unitName, target, recognised, percent, authors, benefitVnd);
  }
}
