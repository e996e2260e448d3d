package vn.thidua.people;

import java.time.Instant;
import java.time.LocalDate;

/** A worker as other modules and the API see them. */
public record PersonView(
    long id,
    long unitId,
    String unitName,
    String fullName,
    Gender gender,
    int birthYear,
    String jobTitle,
    boolean member,
    boolean directWorker,
    LocalDate startedOn,
    LocalDate leftOn,
    int version,
    Instant createdAt) {

  /** Still working in the unit on the given day. */
  public boolean workingOn(LocalDate day) {
    return !startedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
  }
}
