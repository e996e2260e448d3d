package vn.thidua.report;

/** Builds the dashboards of the units the signed-in user may see. */
public interface Dashboards {

  /** The unit's dashboard as of today; 404 unless the user may see the unit. */
  Dashboard build(long unitId);
}
