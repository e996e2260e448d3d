package vn.thidua.people;

import java.time.LocalDate;

/**
 * A worker to register in a unit.
 *
 * @param birthYear a year between 1940 and sixteen years before this one
 * @param jobTitle what they do (công việc), optional
 * @param member whether they are a union member (đoàn viên)
 * @param directWorker whether they work directly in production (lao động trực tiếp)
 * @param startedOn when they started working in the unit (ngày vào làm)
 */
public record NewPerson(
    long unitId,
    String fullName,
    Gender gender,
    Integer birthYear,
    String jobTitle,
    boolean member,
    boolean directWorker,
    LocalDate startedOn) {}
