package vn.thidua.movement;

import java.math.BigDecimal;

/**
 * Scores and rankings of a launched movement, for the organiser's side. Scores are computed from
 * the progress reports whenever they are read; an officer of the organiser may adjust one with a
 * reason.
 */
public interface Scoreboard {

  RankingView ranking(long movementId, long phaseId);

  /**
   * Sets the unit's adjustment for the phase (replacing an earlier one, whose version it carries).
   */
  void adjust(long movementId, long phaseId, long unitId, Adjustment adjustment);

  /** Points between -100 and 100 added to the score, and why. */
  record Adjustment(BigDecimal points, String reason, Integer version) {}
}
