package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;

/** Contest counts over a subtree and a period, for reviews. It does not check who asks. */
public interface ContestFigures {

  /**
   * Per unit directly below the subtree's root (null for the root's own): contests its units held
   * that finished in the period, and its units' entries in any contest finished in the period, with
   * the prizes they won.
   */
  List<ContestTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  record ContestTally(Long childId, long contestsHeld, long entries, long prizesWon) {}
}
