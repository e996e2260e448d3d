package vn.thidua.contest;

import java.util.List;

/**
 * An entrant a unit registers: one worker (personId), or a team (teamName and its members).
 *
 * @param unitId the registering unit, below the organiser; the workers work in it or below it
 */
public record NewEntry(Long unitId, Long personId, String teamName, List<Long> memberIds) {

  public NewEntry {
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
