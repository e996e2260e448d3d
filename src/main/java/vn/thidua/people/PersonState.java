package vn.thidua.people;

import java.time.LocalDate;

/** A worker's record as the audit log keeps it before and after a change. */
record PersonState(
    long unitId,
    String fullName,
    Gender gender,
    int birthYear,
    String jobTitle,
    boolean member,
    boolean directWorker,
    LocalDate startedOn,
    LocalDate leftOn) {}
