package vn.thidua.movement;

/** A movement is drafted, then launched to its participants; once launched it no longer changes. */
public enum MovementStatus {
  DRAFT,
  LAUNCHED
}
