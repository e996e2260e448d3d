package vn.thidua.decision;

/** Narrows a list of decisions; every field may be null. */
public record DecisionFilter(Integer year, DecisionStatus status, Long unitId) {

  public static DecisionFilter none() {
    return new DecisionFilter(null, null, null);
  }
}
