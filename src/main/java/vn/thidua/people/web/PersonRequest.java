package vn.thidua.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.PersonChanges;

/**
 * A worker's record as an API client sends it. Every field may be left out: the unit is checked
 * first (a unit out of scope is "not found"), then each missing or wrong field gets its own message
 * rather than one refusal of the whole body.
 */
record PersonRequest(
    @Schema(description = "The unit the worker belongs to", example = "42") Long unitId,
    @Schema(example = "Nguyễn Thị Hoa") String fullName,
    Gender gender,
    @Schema(example = "1990") Integer birthYear,
    @Schema(example = "Kế toán") String jobTitle,
    @Schema(description = "Union member (đoàn viên); false when left out") Boolean member,
    @Schema(description = "Direct worker (lao động trực tiếp); false when left out")
        Boolean directWorker,
    @Schema(example = "2015-03-01") LocalDate startedOn,
    @Schema(description = "The day the worker left the unit; only on a change") LocalDate leftOn,
    @Schema(description = "The version that was read; required on a change") Integer version) {

  NewPerson toNewPerson() {
    return new NewPerson(
        unitIdOrZero(),
        fullName,
        gender,
        birthYear,
        jobTitle,
        Boolean.TRUE.equals(member),
        Boolean.TRUE.equals(directWorker),
        startedOn);
  }

  PersonChanges toChanges() {
    return new PersonChanges(
        unitIdOrZero(),
        fullName,
        gender,
        birthYear,
        jobTitle,
        Boolean.TRUE.equals(member),
        Boolean.TRUE.equals(directWorker),
        startedOn,
        leftOn,
        version);
  }

  private long unitIdOrZero() {
    return unitId == null ? 0 : unitId;
  }
}
