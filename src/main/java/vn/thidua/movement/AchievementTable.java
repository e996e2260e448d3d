package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where every participant stands at the end of a phase, criterion by criterion, and the totals per
 * criterion: the values reported against the sum of the targets (for a yes/no criterion, how many
 * units said "yes" out of all participants).
 */
public record AchievementTable(
    long movementId,
    MovementView.PhaseView phase,
    List<MovementView.CriterionView> criteria,
    List<UnitRow> rows,
    List<Total> totals) {

  public AchievementTable {
    criteria = List.copyOf(criteria);
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  public record UnitRow(
      long unitId,
      String unitName,
      String sectorName,
      String clusterName,
      boolean reported,
      List<Cell> cells) {}

  /** One criterion of one unit; {@code value} is null when the unit has not reported it. */
  public record Cell(
      long criterionId,
      BigDecimal target,
      BigDecimal value,
      BigDecimal percentOfTarget,
      boolean met) {}

  public record Total(
      long criterionId,
      int reportedUnits,
      int metUnits,
      BigDecimal value,
      BigDecimal target,
      BigDecimal percentOfTarget) {}
}
