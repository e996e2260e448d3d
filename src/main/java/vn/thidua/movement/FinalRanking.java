package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A movement's ranking at the end of a phase or a year, as the basis for proposing the best units
 * for an award such as an emulation flag (Cờ thi đua): each unit with its final score and its
 * places overall, in its cluster and in its sector.
 *
 * @param provisional true while the phase has not ended
 * @param units in overall rank order
 */
public record FinalRanking(
    long movementId,
    String movementName,
    long phaseId,
    int phaseNumber,
    LocalDate phaseEndsOn,
    boolean provisional,
    List<RankedUnit> units) {

  public FinalRanking {
    units = List.copyOf(units);
  }

  /**
   * A ranked unit; {@code clusterRank} and {@code sectorRank} are null when it has no cluster or
   * sector. Equal scores share a place (1, 2, 2, 4).
   */
  public record RankedUnit(
      long unitId,
      String unitName,
      Long clusterId,
      String clusterName,
      Integer clusterRank,
      Long sectorId,
      String sectorName,
      Integer sectorRank,
      BigDecimal finalScore,
      int overallRank,
      int missingReports) {}

  static FinalRanking of(RankingView ranking) {
    return new FinalRanking(
        ranking.movementId(),
        ranking.movementName(),
        ranking.phase().id(),
        ranking.phase().number(),
        ranking.phase().endsOn(),
        ranking.provisional(),
        ranking.lines().stream()
            .map(
                line ->
                    new RankedUnit(
                        line.unitId(),
                        line.unitName(),
                        line.clusterId(),
                        line.clusterName(),
                        line.clusterRank(),
                        line.sectorId(),
                        line.sectorName(),
                        line.sectorRank(),
                        line.finalScore(),
                        line.overallRank(),
                        line.missingReports()))
            .sorted(Comparator.comparingInt(RankedUnit::overallRank))
            .toList());
  }

  /**
   * The units placed within the first {@code places} of their cluster, e.g. the leader of each
   * cluster for an emulation flag (ties included).
   */
  public List<RankedUnit> topOfEachCluster(int places) {
    return units.stream()
        .filter(unit -> unit.clusterRank() != null && unit.clusterRank() <= places)
        .toList();
  }

  /** The units placed within the first {@code places} of their sector (ties included). */
  public List<RankedUnit> topOfEachSector(int places) {
    return units.stream()
        .filter(unit -> unit.sectorRank() != null && unit.sectorRank() <= places)
        .toList();
  }

  /** The unit's line, if it took part. */
  public Optional<RankedUnit> of(long unitId) {
    return units.stream().filter(unit -> Objects.equals(unit.unitId(), unitId)).findFirst();
  }
}
