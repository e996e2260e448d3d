package vn.thidua.nomination;

/** What the audit log records of a nomination before and after a change. */
record NominationSnapshot(
    long roundId,
    long proposingUnitId,
    NomineeKind recipient,
    Long personId,
    Long collectiveUnitId,
    String nomineeName,
    String honourCode,
    int grade,
    NominationState state,
    String reason,
    VoteTally votes) {}
