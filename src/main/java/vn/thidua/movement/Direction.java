package vn.thidua.movement;

/** Whether a criterion is met by reaching its target or by staying at or below it (accidents). */
public enum Direction {
  HIGHER,
  LOWER
}
