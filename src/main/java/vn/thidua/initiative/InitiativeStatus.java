package vn.thidua.initiative;

/**
 * Where an initiative stands, together with the level it concerns: under review at a level,
 * recognised at a level (the highest so far), or not recognised at a level (it keeps any lower
 * recognition).
 */
public enum InitiativeStatus {
  UNDER_REVIEW,
  RECOGNISED,
  NOT_RECOGNISED
}
