package vn.thidua.nomination;

/** Whether a person (cá nhân) or a collective (tập thể, a unit) is nominated. */
public enum NomineeKind {
  INDIVIDUAL,
  COLLECTIVE
}
