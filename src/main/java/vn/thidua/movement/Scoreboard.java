package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores and rankings of a launched movement, for the organiser's side. Scores are computed from
 * the progress reports whenever they are read; an officer of the organiser may adjust one with a
 * reason.
 */
public interface Scoreboard {

  RankingView ranking(long movementId, long phaseId);

  /**
   * The ranking of a phase as units with their final scores and places, for proposing the best of
   * them for an award (e.g. an emulation flag); provisional while the phase has not ended.
   */
  FinalRanking finalRanking(long movementId, long phaseId);

  /**
   * The year's ranking: that of the movement's last phase ending in the year; empty when no phase
   * ends in it.
   */
  Optional<FinalRanking> finalRanking(long movementId, int year);

  /**
   * Sets the unit's adjustment for the phase (replacing an earlier one, whose version it carries).
   */
  void adjust(long movementId, long phaseId, long unitId, Adjustment adjustment);

  /** Points between -100 and 100 added to the score, and why. */
  record Adjustment(BigDecimal points, String reason, Integer version) {}
}
