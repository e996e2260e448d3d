package vn.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A decision's own row, as stored. */
record DecisionRow(
    long id,
    long issuingUnitId,
    String issuingUnitName,
    int year,
    DecisionKind kind,
    Long targetDecisionId,
    DecisionStatus status,
    Integer numberYear,
    Integer number,
    String symbol,
    String subject,
    String bases,
    String signerName,
    String signerPosition,
    LocalDate signedOn,
    Instant issuedAt,
    String issuedBy,
    Long supersededById,
    int version) {

  List<String> basesList() {
    return bases.isEmpty() ? List.of() : Arrays.asList(bases.split("\n"));
  }

  /** A small map of what the audit log keeps of the decision. */
  java.util.Map<String, Object> audit() {
    java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
    state.put("kind", kind.name());
    state.put("status", status.name());
    state.put("year", year);
    state.put("symbol", symbol);
    state.put("subject", subject);
    state.put("signer", signerName + ", " + signerPosition);
    if (signedOn != null) {
      state.put("signedOn", signedOn.toString());
    }
    if (targetDecisionId != null) {
      state.put("target", targetDecisionId);
    }
    return state;
  }
}
