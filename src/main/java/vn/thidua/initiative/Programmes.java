package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * Programmes with targets: a unit launches one for the units below it and hands targets down; each
 * unit sees its achievement and leaderboards by unit, sector and cluster. A programme is visible to
 * those who see its launching unit and to those working in the units below it.
 */
public interface Programmes {

  ProgrammeView launch(NewProgramme programme);

  ProgrammeView get(long programmeId);

  /** The programmes the signed-in user sees, newest first. */
  List<ProgrammeView> visible();

  /** The programmes an initiative of the unit submitted on the day may take part in. */
  List<ProgrammeView> openFor(long unitId, LocalDate day);

  /**
   * Sets a unit's target: the launching unit's own, or one handed down by the unit directly above.
   */
  TargetView setTarget(long programmeId, long unitId, TargetChange change);

  /**
   * The units directly below the unit during the programme, with the targets handed to them, for
   * handing targets down.
   */
  List<HandDown> handDown(long programmeId, long unitId);

  /** The unit's achievement over its subtree, and the ranked units directly below it. */
  ProgrammeAchievement achievement(long programmeId, long unitId, RecognitionLevel atLeast);

  /** The sectors of the unit's subtree, ranked by initiatives recognised. */
  Leaderboard bySector(long programmeId, long unitId, RecognitionLevel atLeast);

  /**
   * The members of an emulation cluster the unit organises, ranked by achievement against their
   * targets.
   */
  Leaderboard byCluster(long programmeId, long unitId, long clusterId, RecognitionLevel atLeast);

  /** The clusters the unit organises in the programme's years. */
  List<ClusterChoice> clusters(long programmeId, long unitId);

  /**
   * The public leaderboard of a programme that shows one, for anyone: the unit (the launching unit
   * when null) and the units directly below it. Not found when the programme shows none.
   */
  ProgrammeAchievement publicBoard(long programmeId, Long unitId);

  /** The programmes that show a public leaderboard, newest first. */
  List<ProgrammeView> publicProgrammes();
}
