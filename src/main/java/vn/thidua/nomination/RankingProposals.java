package vn.thidua.nomination;

/**
 * Proposes an emulation flag from a movement's ranking: the officer of a round's reviewing unit
 * drafts, in one transaction, a nomination of each collective placed within the first places of its
 * cluster or sector, for the flag the round selects, the ranking cited in each dossier.
 */
public interface RankingProposals {

  /** The flag's code in the honours catalogue (Cờ thi đua xuất sắc). */
  String FLAG = "CO_TDXS";

  RankingProposalResult propose(long roundId, RankingProposal proposal);
}
