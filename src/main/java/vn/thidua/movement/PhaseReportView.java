package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's report for a phase: every criterion with the unit's target (its approved pledge, else
 * the movement's), the value reported (null when not yet) and the share of the target reached.
 */
public record PhaseReportView(
    long movementId,
    MovementView.PhaseView phase,
    long unitId,
    String unitName,
    List<Line> lines,
    String reportedBy,
    Instant reportedAt,
    Integer version) {

  public boolean reported() {
    return reportedAt != null;
  }

  /** The day of the last report, in Vietnam. */
  public LocalDate reportedOn() {
    return MovementCalendar.dayOf(reportedAt);
  }

  public record Line(
      long criterionId,
      int number,
      String criterion,
      String unitOfMeasure,
      Measure measure,
      Direction direction,
      BigDecimal target,
      BigDecimal value,
      String note,
      BigDecimal percentOfTarget,
      boolean met) {}
}
