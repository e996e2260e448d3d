package vn.thidua.movement;

/**
 * What a criterion counts: a number (initiatives, members recruited) or whether something is done.
 */
public enum Measure {
  NUMERIC,
  YES_NO
}
