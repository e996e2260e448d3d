package vn.thidua.report;

import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Builds reviews of the units the signed-in user may see. */
public interface Reviews {

  /** The unit's review for the period, broken down by the units below; 404 unless visible. */
  Review build(long unitId, ReviewPeriod period);

  /** The unit's review for the period with the breakdown asked for; 404 unless visible. */
  Review build(long unitId, ReviewPeriod period, Breakdown by);

  /**
   * Names what a list of a figure's records is about ({@link #records}) without counting the
   * review's figures.
   */
  RecordsHeading heading(long unitId, ReviewPeriod period, Breakdown by, Long group);

  /**
   * The records behind one figure of the unit's review over the period, within its subtree only.
   *
   * @param figure a figure's key, e.g. {@code movement.launched} (the module, a dot, its figure)
   * @param argument what the figure needs besides, e.g. a recognition level; may be null
   * @param group null for the whole subtree, else a breakdown row's {@link Review.Row#group()}
   */
  Paged<FigureRecord> records(
      long unitId,
      ReviewPeriod period,
      Breakdown by,
      Long group,
      String figure,
      String argument,
      int page,
      int size);
}
