package vn.thidua.movement;

/**
 * Progress of a launched movement. Each phase, an officer of a participating unit (or above it)
 * reports the values reached; the organiser's side sees the achievement of every unit.
 */
public interface Progress {

  /** Records (or replaces) the unit's report for the phase. */
  void report(long movementId, long phaseId, long unitId, ProgressDraft draft);

  /** The unit's report for the phase, with every criterion, reported or not. */
  PhaseReportView reportOf(long movementId, long phaseId, long unitId);

  /** Every participant's achievement at the end of the phase, for the organiser's side. */
  AchievementTable achievement(long movementId, long phaseId);
}
