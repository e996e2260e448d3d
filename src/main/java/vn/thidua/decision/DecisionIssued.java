package vn.thidua.decision;

import java.util.List;

/** Published (Spring application event) inside the issuing transaction. */
public record DecisionIssued(
    long decisionId, long issuingUnitId, int year, List<Long> nominationIds) {

  public DecisionIssued {
    nominationIds = List.copyOf(nominationIds);
  }
}
