package vn.thidua.nomination;

/** A nomination as the review board lists it. */
public record NominationRow(
    long id,
    long proposingUnitId,
    String proposingUnitName,
    NomineeKind recipient,
    Long personId,
    Long collectiveUnitId,
    String nomineeName,
    HonourRef honour,
    NominationState state,
    VoteTally tally,
    Long decisionId,
    int version) {}
