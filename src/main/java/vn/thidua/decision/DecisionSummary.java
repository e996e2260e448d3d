package vn.thidua.decision;

import java.time.LocalDate;

/** A decision in a list. */
public record DecisionSummary(
    long id,
    long issuingUnitId,
    String issuingUnitName,
    int year,
    DecisionKind kind,
    String symbol,
    DecisionStatus status,
    String subject,
    LocalDate signedOn,
    int awardees,
    int version) {}
