package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as a reviewing unit's officer opens it.
 *
 * @param unitId the reviewing unit
 * @param periodFrom the first day of the period whose achievements count (1 January by default)
 * @param periodTo the last day of that period (31 December by default)
 * @param thresholdPercent required when the threshold is {@link Threshold#PERCENT}
 * @param honours the honours (code and grade) the round selects
 * @param quotas at most so many nominations from each listed proposing unit; others are unlimited
 */
public record RoundForm(
    Long unitId,
    String name,
    Integer year,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate deadline,
    Threshold threshold,
    Integer thresholdPercent,
    List<HonourRef> honours,
    List<Quota> quotas) {

  public RoundForm {
    honours = honours == null ? List.of() : List.copyOf(honours);
    quotas = quotas == null ? List.of() : List.copyOf(quotas);
  }
}
