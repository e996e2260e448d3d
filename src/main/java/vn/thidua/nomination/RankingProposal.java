package vn.thidua.nomination;

/**
 * The round's officer proposes the best collectives of a movement's ranking for the round's
 * emulation flag (Cờ thi đua xuất sắc).
 *
 * @param phaseId the phase whose ranking counts; when null, the year's ranking ({@code year}, else
 *     the round's year)
 * @param places how many places of each cluster (or sector) are proposed, ties included
 * @param per whether the places count in each emulation cluster or in each sector
 */
public record RankingProposal(
    Long movementId, Long phaseId, Integer year, Integer places, Per per) {

  /** Where the places count. */
  public enum Per {
    CLUSTER,
    SECTOR
  }
}
