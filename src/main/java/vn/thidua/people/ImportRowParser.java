package vn.thidua.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.people.PeopleTemplate.Column;
import vn.thidua.shared.text.SearchText;

/**
 * Turns one row of the template into a worker, or into the reasons it cannot be one. Cells are read
 * the way people fill them in: "Nữ", "nu" and "NỮ" are all female; "Có", "x" and "1" all mean yes;
 * dates may be 1/3/2015 or 01/03/2015.
 */
final class ImportRowParser {

  /** The row's worker when it is good; otherwise its problems, one for each bad cell. */
  record Parsed(NewPerson person, List<ImportProblem> problems) {

    boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[.,]0+)?");
  private static final Set<String> YES = Set.of("co", "c", "x", "1", "yes", "y", "true");

  /** Problems are reported in the order of the columns. */
  private static final List<String> FIELD_ORDER =
      List.of(
          "fullName",
          "gender",
          "birthYear",
          "jobTitle",
          "member",
          "directWorker",
          "startedOn",
          "unitId");

  private static final Set<String> NO = Set.of("khong", "k", "0", "no", "n", "false", "");

  private final PersonRules rules;
  private final long defaultUnitId;
  private final Function<String, Optional<Long>> changeableUnitByCode;

  /**
   * @param changeableUnitByCode the id of the unit with that code when the importing user may
   *     change it, empty when there is none or it is out of their scope
   */
  ImportRowParser(
      PersonRules rules,
      long defaultUnitId,
      Function<String, Optional<Long>> changeableUnitByCode) {
    this.rules = rules;
    this.defaultUnitId = defaultUnitId;
    this.changeableUnitByCode = changeableUnitByCode;
  }

  Parsed parse(SheetRow row) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> unreadable = new HashSet<>();

    Boolean member = yesNo(row.cell(Column.MEMBER.ordinal()));
    if (member == null) {
      problems.add(FieldProblem.of("member", "people.import.member.invalid"));
    }
    Boolean directWorker = yesNo(row.cell(Column.DIRECT_WORKER.ordinal()));
    if (directWorker == null) {
      problems.add(FieldProblem.of("directWorker", "people.import.directWorker.invalid"));
    }
    String startedText = row.cell(Column.STARTED_ON.ordinal());
    LocalDate startedOn = date(startedText);
    if (startedOn == null && !startedText.isBlank()) {
      problems.add(FieldProblem.of("startedOn", "people.import.startedOn.invalid", startedText));
      unreadable.add("startedOn");
    }
    String unitCode = row.cell(Column.UNIT_CODE.ordinal());
    Long unitId =
        unitCode.isBlank()
            ? Long.valueOf(defaultUnitId)
            : changeableUnitByCode.apply(unitCode).orElse(null);
    if (unitId == null) {
      problems.add(FieldProblem.of("unitId", "people.import.unit.outOfScope", unitCode));
    }

    NewPerson person =
        new NewPerson(
            unitId == null ? defaultUnitId : unitId,
            row.cell(Column.FULL_NAME.ordinal()),
            gender(row.cell(Column.GENDER.ordinal())),
            year(row.cell(Column.BIRTH_YEAR.ordinal())),
            row.cell(Column.JOB_TITLE.ordinal()),
            Boolean.TRUE.equals(member),
            Boolean.TRUE.equals(directWorker),
            startedOn);
    for (FieldProblem problem : rules.check(person)) {
      if (!unreadable.contains(problem.field())) {
        problems.add(problem);
      }
    }
    problems.sort(Comparator.comparingInt(problem -> FIELD_ORDER.indexOf(problem.field())));
    return new Parsed(
        problems.isEmpty() ? person : null,
        problems.stream().map(problem -> ImportProblem.ofRow(row.number(), problem)).toList());
  }

  static Gender gender(String cell) {
    return switch (SearchText.fold(cell)) {
      case "nam", "male", "m" -> Gender.MALE;
      case "nu", "female", "f" -> Gender.FEMALE;
      case "khac", "other" -> Gender.OTHER;
      default -> null;
    };
  }

  static Integer year(String cell) {
    Matcher matcher = YEAR.matcher(cell.strip());
    return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
  }

  static Boolean yesNo(String cell) {
    String folded = SearchText.fold(cell);
    if (YES.contains(folded)) {
      return true;
    }
    return NO.contains(folded) ? false : null;
  }

  static LocalDate date(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.contains("/")
          ? LocalDate.parse(text, DAY_MONTH_YEAR)
          : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
