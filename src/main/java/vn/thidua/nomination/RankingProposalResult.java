package vn.thidua.nomination;

import java.util.List;

/**
 * What proposing from a ranking did: the nominations drafted, the units skipped because the round
 * already has them for the flag, or — when any draft was refused — nothing, with each refusal.
 */
public record RankingProposalResult(
    boolean done, List<Proposed> drafted, List<String> skipped, List<Refused> refused) {

  public RankingProposalResult {
    drafted = List.copyOf(drafted);
    skipped = List.copyOf(skipped);
    refused = List.copyOf(refused);
  }

  /** A nomination drafted, with the ranking its dossier cites. */
  public record Proposed(long nominationId, long unitId, String unitName, String ranking) {}

  public record Refused(long unitId, String unitName, String message) {}
}
