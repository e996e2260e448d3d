package vn.thidua.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a worker's record acceptable, the same for the form, the API and every imported row.
 * The youngest birth year moves with the calendar: a worker is at least sixteen this year.
 */
final class PersonRules {

  static final int EARLIEST_BIRTH_YEAR = 1940;
  static final int MINIMUM_AGE = 16;
  static final int WORKING_AGE = 15;
  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_JOB_TITLE_LENGTH = 200;

  private final LocalDate today;

  PersonRules(LocalDate today) {
    this.today = today;
  }

  int latestBirthYear() {
    return today.getYear() - MINIMUM_AGE;
  }

  List<FieldProblem> check(NewPerson person) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = Person.cleanName(person.fullName());
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("fullName", "people.fullName.required"));
    } else if (name.length() > MAX_NAME_LENGTH) {
      problems.add(FieldProblem.of("fullName", "people.fullName.tooLong", MAX_NAME_LENGTH));
    }
    if (person.gender() == null) {
      problems.add(FieldProblem.of("gender", "people.gender.invalid"));
    }
    Integer born = person.birthYear();
    boolean bornInRange = born != null && born >= EARLIEST_BIRTH_YEAR && born <= latestBirthYear();
    if (!bornInRange) {
      problems.add(
          FieldProblem.of(
              "birthYear", "people.birthYear.range", EARLIEST_BIRTH_YEAR, latestBirthYear()));
    }
    String job = Person.cleanText(person.jobTitle());
    if (job != null && job.length() > MAX_JOB_TITLE_LENGTH) {
      problems.add(FieldProblem.of("jobTitle", "people.jobTitle.tooLong", MAX_JOB_TITLE_LENGTH));
    }
    LocalDate started = person.startedOn();
    if (started == null) {
      problems.add(FieldProblem.of("startedOn", "people.startedOn.required"));
    } else if (started.isAfter(today)) {
      problems.add(FieldProblem.of("startedOn", "people.startedOn.future"));
    } else if (bornInRange && started.getYear() < born + WORKING_AGE) {
      problems.add(FieldProblem.of("startedOn", "people.startedOn.tooYoung", born + WORKING_AGE));
    }
    return problems;
  }

  List<FieldProblem> check(PersonChanges changes) {
    List<FieldProblem> problems = check(changes.asNewPerson());
    LocalDate left = changes.leftOn();
    if (left != null && changes.startedOn() != null && left.isBefore(changes.startedOn())) {
      problems.add(FieldProblem.of("leftOn", "people.leftOn.beforeStart"));
    }
    return problems;
  }

  void require(NewPerson person) {
    throwIfAny(check(person));
  }

  void require(PersonChanges changes) {
    throwIfAny(check(changes));
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidPerson(problems);
    }
  }
}
