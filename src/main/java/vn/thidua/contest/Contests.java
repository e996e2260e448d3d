package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.UnitSummary;

/**
 * Contests as the signed-in user may use them. A contest is visible to those who see its organiser
 * and to those working below it. Officers of the organiser organise and finish it; officers of the
 * units below register entrants; the organiser's council members are the judges.
 */
public interface Contests {

  ContestView organise(NewContest contest);

  ContestView get(long contestId);

  /** The contests the user sees, newest first. */
  List<ContestRow> visible();

  ContestView register(long contestId, NewEntry entry);

  /**
   * A judge marks an entrant in a round, once.
   *
   * @throws ScoreOutsideScale when the mark is off the contest's scale
   * @throws JudgeScoredTwice when the judge already marked the entrant in the round
   */
  ContestView mark(long contestId, long roundId, Mark mark);

  /**
   * Ranks the entrants and gives the prizes; the contest's version must match.
   *
   * @param finishedOn the day of the results; null for today, or the contest's last day once past
   */
  ContestView finish(long contestId, Integer version, LocalDate finishedOn);

  /** The units below the organiser in which the user may register entrants. */
  List<UnitSummary> registeringUnits(long contestId);
}
