package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;

/**
 * A nomination with its dossier, history, votes and what the signed-in user may do with it.
 *
 * @param cited achievements cited from the records for the round's period
 * @param votePasses whether the council's votes so far reach the round's threshold
 * @param rules the eligibility rules checked for the nominee
 * @param actions the actions the signed-in user may take now
 */
public record NominationView(
    long id,
    long roundId,
    String roundName,
    int year,
    long reviewingUnitId,
    String reviewingUnitName,
    long proposingUnitId,
    String proposingUnitName,
    NomineeKind recipient,
    Long personId,
    Long collectiveUnitId,
    String nomineeName,
    HonourRef honour,
    String achievements,
    String declaredFacts,
    String movementRanking,
    List<String> cited,
    NominationState state,
    String reason,
    Long escalatedFromId,
    Long escalatedToId,
    Long decisionId,
    List<TransitionView> history,
    List<VoteView> votes,
    VoteTally tally,
    boolean votePasses,
    List<RuleResult> rules,
    List<NominationAction> actions,
    boolean canEdit,
    boolean canVote,
    String createdBy,
    Instant createdAt,
    int version) {}
