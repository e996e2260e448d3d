package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  final PersonRules rules = new PersonRules(TODAY);

  static NewPerson aWorker() {
    return new NewPerson(
        1L,
        "Nguyễn Thị Hoa",
        Gender.FEMALE,
        1990,
        "Kế toán",
        true,
        false,
        LocalDate.of(2015, 3, 1));
  }

  static NewPerson aWorkerBornIn(Integer year) {
    return new NewPerson(
        1L, "Nguyễn Thị Hoa", Gender.FEMALE, year, null, true, false, LocalDate.of(2026, 9, 1));
  }

  @Test
  void acceptsAnOrdinaryWorker() {
    assertThat(rules.check(aWorker())).isEmpty();
  }

  @Test
  void youngestBirthYearIsSixteenYearsBeforeThisOne() {
    assertThat(rules.latestBirthYear()).isEqualTo(2010);
    assertThat(rules.check(aWorkerBornIn(2010))).isEmpty();
    assertThat(rules.check(aWorkerBornIn(1940))).isEmpty();
  }

  @Test
  void refusesABirthYearOutsideTheRangeWithTheRangeInTheMessage() {
    for (Integer year : new Integer[] {1939, 2011, null}) {
      assertThat(rules.check(aWorkerBornIn(year)))
          .extracting(FieldProblem::field, FieldProblem::messageKey, FieldProblem::args)
          .containsExactly(tuple("birthYear", "people.birthYear.range", List.of("1940", "2010")));
    }
  }

  @Test
  void refusesABlankNameAndAMissingGender() {
    NewPerson p = aWorker();
    NewPerson bad =
        new NewPerson(p.unitId(), "   ", null, p.birthYear(), null, false, false, p.startedOn());

    assertThat(rules.check(bad))
        .extracting(FieldProblem::messageKey)
        .containsExactly("people.fullName.required", "people.gender.invalid");
  }

  @Test
  void refusesAStartDateInTheFutureOrBeforeWorkingAge() {
    NewPerson p = aWorker();
    NewPerson future =
        new NewPerson(1L, p.fullName(), p.gender(), 1990, null, false, false, TODAY.plusDays(1));
    NewPerson child =
        new NewPerson(
            1L, p.fullName(), p.gender(), 1990, null, false, false, LocalDate.of(2004, 6, 1));

    assertThat(rules.check(future))
        .extracting(FieldProblem::messageKey)
        .containsExactly("people.startedOn.future");
    assertThat(rules.check(child))
        .extracting(FieldProblem::messageKey, FieldProblem::args)
        .containsExactly(tuple("people.startedOn.tooYoung", List.of("2005")));
  }

  @Test
  void refusesLeavingBeforeStarting() {
    PersonChanges changes =
        new PersonChanges(
            1L,
            "Trần Văn Bình",
            Gender.MALE,
            1980,
            null,
            true,
            true,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2019, 12, 31),
            0);

    assertThat(rules.check(changes)).extracting(FieldProblem::field).containsExactly("leftOn");
  }

  @Test
  void requireThrowsEveryProblemWithTheFirstAsHeadline() {
    NewPerson bad = new NewPerson(1L, "", null, 3000, null, false, false, null);

    assertThatThrownBy(() -> rules.require(bad))
        .isInstanceOfSatisfying(
            InvalidPerson.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("people.fullName.required");
              assertThat(e.problems())
                  .extracting(FieldProblem::field)
                  .containsExactly("fullName", "gender", "birthYear", "startedOn");
            });
  }

  @Test
  void keepsNamesComposedWithSingleSpaces() {
    String decomposed = "Nguye\u0302\u0303n   Va\u0306n  An ";

    assertThat(Person.cleanName(decomposed)).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void sortsByGivenNameFirst() {
    assertThat(Person.sortKeyOf("Nguyễn Văn An")).isEqualTo("an nguyen van an");
    assertThat(Person.sortKeyOf("Đỗ Thị Bích")).isGreaterThan(Person.sortKeyOf("Trần Văn An"));
  }
}
