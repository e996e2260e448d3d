package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scores of a phase and the rankings inside each cluster and each sector. The ranking is
 * provisional until the phase has ended.
 */
public record RankingView(
    long movementId,
    String movementName,
    MovementView.PhaseView phase,
    boolean provisional,
    List<MovementView.CriterionView> criteria,
    List<ScoreLine> lines,
    List<Group> clusters,
    List<Group> sectors) {

  public RankingView {
    criteria = List.copyOf(criteria);
    lines = List.copyOf(lines);
    clusters = List.copyOf(clusters);
    sectors = List.copyOf(sectors);
  }

  /**
   * One unit's score: points earned per criterion (in the order of the criteria), the score, the
   * officer's adjustment and the final score, with its place overall, in its cluster and in its
   * sector (null when it has none).
   */
  public record ScoreLine(
      long unitId,
      String unitName,
      Long sectorId,
      String sectorName,
      Long clusterId,
      String clusterName,
      List<BigDecimal> points,
      BigDecimal score,
      BigDecimal adjustment,
      String adjustmentReason,
      String adjustedBy,
      Integer adjustmentVersion,
      BigDecimal finalScore,
      int missingReports,
      int overallRank,
      Integer clusterRank,
      Integer sectorRank) {}

  /** The units of one cluster or sector in rank order; {@code name} is null for "none". */
  public record Group(Long id, String name, List<ScoreLine> lines) {}
}
