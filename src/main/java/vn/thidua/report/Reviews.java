package vn.thidua.report;

/** Builds reviews of the units the signed-in user may see. */
public interface Reviews {

  /** The unit's review for the period; 404 unless the user may see the unit. */
  Review build(long unitId, ReviewPeriod period);
}
