package vn.thidua.report;

import java.util.Locale;
import vn.thidua.shared.web.DomainException;

/** What the rows of a review's breakdown are. */
public enum Breakdown {
  /** The units directly below the reviewed one, then its own records. */
  UNIT_BELOW("unit"),
  /** The sectors of the subtree's units, then the units without a sector. */
  SECTOR("sector"),
  /**
   * The emulation clusters the reviewed unit organises for the review's year, then the units in
   * none.
   */
  CLUSTER("cluster");

  private final String parameter;

  Breakdown(String parameter) {
    this.parameter = parameter;
  }

  /** The value of {@code ?by=} that asks for it. */
  public String parameter() {
    return parameter;
  }

  /** The breakdown {@code ?by=} names: unit (or nothing), sector or cluster. */
  public static Breakdown of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return UNIT_BELOW;
    }
    for (Breakdown by : values()) {
      if (by.parameter.equals(parameter.toLowerCase(Locale.ROOT))
          || by.name().equalsIgnoreCase(parameter)) {
        return by;
      }
    }
    throw DomainException.invalid("review.by.unknown", parameter);
  }
}
