package vn.thidua.people;

import java.time.LocalDate;

/**
 * A worker's record as edited, with the version that was read: the change is refused when someone
 * else saved the record in between. Setting {@code leftOn} marks that they left the unit; they stay
 * in the registry for the history of awards.
 */
public record PersonChanges(
    long unitId,
    String fullName,
    Gender gender,
    Integer birthYear,
    String jobTitle,
    boolean member,
    boolean directWorker,
    LocalDate startedOn,
    LocalDate leftOn,
    int version) {

  NewPerson asNewPerson() {
    return new NewPerson(
        unitId, fullName, gender, birthYear, jobTitle, member, directWorker, startedOn);
  }
}
