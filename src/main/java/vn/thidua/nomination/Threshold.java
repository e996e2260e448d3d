package vn.thidua.nomination;

/**
 * The share of the votes cast that must agree for the council to approve. The votes cast are those
 * of the members present (abstentions count as present), so an absent member does not block.
 */
public enum Threshold {
  /** More than half. */
  SIMPLE_MAJORITY,
  /** At least two thirds. */
  TWO_THIRDS,
  /** At least the round's percent. */
  PERCENT;

  /** True when {@code agree} of {@code cast} votes reach the threshold; no votes pass nothing. */
  public boolean passes(int agree, int cast, Integer percent) {
    if (cast <= 0) {
      return false;
    }
    return switch (this) {
      case SIMPLE_MAJORITY -> agree * 2 > cast;
      case TWO_THIRDS -> agree * 3 >= cast * 2;
      case PERCENT -> agree * 100 >= cast * percent;
    };
  }
}
