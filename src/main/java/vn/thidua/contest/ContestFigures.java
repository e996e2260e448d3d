package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Contest counts over a subtree and a period, for reviews. It does not check who asks. */
public interface ContestFigures {

  /**
   * Per unit directly below the subtree's root (null for the root's own): contests its units held
   * that finished in the period, and its units' entries in any contest finished in the period, with
   * the prizes they won.
   */
  List<ContestTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The records behind a figure of {@link #tally}: {@code held} (contests), {@code entries} or
   * {@code prizes} (entries that won one). {@code childId}: null for the whole subtree, 0 for the
   * group whose child_id is null, else that group's; {@code argument} is not used. 404 for another
   * figure.
   */
  Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size);

  record ContestTally(Long childId, long contestsHeld, long entries, long prizesWon) {}
}
