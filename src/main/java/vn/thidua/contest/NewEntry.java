package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;

/**
 * An entrant a unit registers: one worker (personId), or a team (teamName and its members).
 *
 * @param unitId the registering unit, below the organiser; the workers work in it or below it
 * @param registeredOn the day of the registration; null for today. An officer entering an earlier
 *     paper registration gives its day.
 */
public record NewEntry(
    Long unitId, Long personId, String teamName, List<Long> memberIds, LocalDate registeredOn) {

  public NewEntry {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
