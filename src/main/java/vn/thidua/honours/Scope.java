package vn.thidua.honours;

/**
 * An award for all-round results (toàn diện) or for one theme (chuyên đề); titles are all-round.
 */
public enum Scope {
  COMPREHENSIVE,
  THEMATIC
}
