package vn.thidua.nomination;

import java.util.List;

/**
 * Nominations and their selection, as the signed-in user may see and change them: rounds of the
 * units the user sees (and of the units above, into which they propose), the nominations of their
 * subtree, the reviewing unit's board, the council's votes and minutes.
 */
public interface Nominations {

  /** Opens a round of the reviewing unit (its officer). */
  RoundView openRound(RoundForm form);

  RoundView round(long roundId);

  /** The rounds the user reviews or proposes into, newest year first. */
  List<RoundView> rounds();

  /** Drafts a nomination; refused beyond the proposing unit's quota. */
  NominationView nominate(NominationForm form);

  /**
   * Drafts a nomination for each person listed, in one transaction: all of them, or none with the
   * reason each refused person was refused.
   */
  BulkResult nominateMany(long roundId, BulkNomination bulk);

  /** Changes the dossier while the proposing unit holds it (draft or returned). */
  NominationView change(long nominationId, NominationForm form);

  NominationView get(long nominationId);

  /** Takes one action of the workflow, on the version the user saw. */
  NominationView act(long nominationId, Move move);

  /** Takes one action on several nominations of a round in one transaction: all, or none. */
  BulkResult actOnMany(long roundId, BulkMove move);

  /** Records the signed-in council member's vote. */
  NominationView vote(long nominationId, Vote vote);

  Board board(long roundId, BoardFilter filter);

  Minutes minutes(long roundId);

  /**
   * Proposes an approved (or decided) nomination to a round of the reviewing unit's parent, for the
   * next grade of the honour where that round selects it.
   */
  NominationView escalate(long nominationId, long upperRoundId);

  /**
   * Drafts one decision of the reviewing unit with every approved nomination of the round, and
   * links it to the round; when the decision is issued, those nominations become decided.
   */
  long draftDecision(long roundId, DecisionRequest request);
}
