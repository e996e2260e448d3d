package vn.thidua.honours;

/** Who can receive an honour: a person (cá nhân) or a collective (tập thể). */
public enum Recipient {
  INDIVIDUAL,
  COLLECTIVE
}
