package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.initiative.InitiativeTemplate.Column;
import vn.thidua.shared.imports.ImportProblem;
import vn.thidua.shared.imports.SheetRow;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/**
 * Reads one row of the initiative template as people fill it in: the field by its Vietnamese name
 * (with or without diacritics) or its code, dates as 1/3/2024 or 01/03/2024, amounts as 15.000.000
 * or 15000000 đồng, and the authors one a line (or separated by "|"), each as "name or person code;
 * share %", or "Nhóm: name of the group" for an author group. What a row names in the database (its
 * unit, its authors, its programme) is checked afterwards.
 */
final class InitiativeRowParser {

  /** An author as the row names them: a person's name or code, and the share if given. */
  record AuthorSpec(String who, BigDecimal share) {

    /** The person's code (their number in the registry), when the author is given by it. */
    Optional<Long> personId() {
      Matcher code = PERSON_CODE.matcher(who);
      return code.matches() ? Optional.of(Long.valueOf(code.group(1))) : Optional.empty();
    }
  }

  /** What a row says, with every cell read; unit, authors and programme are still names. */
  record RowDraft(
      int row,
      String title,
      String summary,
      InitiativeField field,
      String unitCode,
      List<AuthorSpec> authors,
      String authorGroup,
      LocalDate appliedOn,
      Long benefitVnd,
      String benefitDescription,
      String programme) {}

  /** The row's draft when every cell reads well; otherwise its problems, in column order. */
  record Parsed(RowDraft draft, List<ImportProblem> problems) {

    boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final Pattern PERSON_CODE = Pattern.compile("#?(\\d{1,18})");
  private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%?");
  private static final Pattern GROUP =
      Pattern.compile("(?iu)^\\s*(nhóm|nhom|tập thể|tap the)\\s*:");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("[\\r\\n|]+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<String, InitiativeField> fieldsByFoldedName;
  private final LocalDate today;

  /**
   * @param fieldsByFoldedName the fields by their folded Vietnamese names and folded codes
   */
  InitiativeRowParser(Map<String, InitiativeField> fieldsByFoldedName, LocalDate today) {
    this.fieldsByFoldedName = Map.copyOf(fieldsByFoldedName);
    this.today = today;
  }

  Parsed parse(SheetRow row) {
    List<ImportProblem> problems = new ArrayList<>();
    int number = row.number();

    String fieldText = row.cell(Column.FIELD.ordinal());
    InitiativeField field = fieldsByFoldedName.get(SearchText.fold(fieldText));
    if (field == null && !fieldText.isBlank()) {
      problems.add(cell(number, Column.FIELD, "import.initiative.field.unknown", fieldText));
    }

    String unitCode = row.cell(Column.UNIT_CODE.ordinal()).strip();
    if (unitCode.isEmpty()) {
      problems.add(cell(number, Column.UNIT_CODE, "import.initiative.unit.missing"));
    }

    String authorsText = row.cell(Column.AUTHORS.ordinal());
    String group = null;
    List<AuthorSpec> authors = List.of();
    Matcher groupMatcher = GROUP.matcher(authorsText);
    if (groupMatcher.find()) {
      group = authorsText.substring(groupMatcher.end()).strip();
      if (group.isEmpty()) {
        problems.add(cell(number, Column.AUTHORS, "initiative.authors.none"));
      }
    } else if (authorsText.isBlank()) {
      problems.add(cell(number, Column.AUTHORS, "initiative.authors.none"));
    } else {
      authors = authors(number, authorsText, problems);
    }

    String appliedText = row.cell(Column.APPLIED_ON.ordinal());
    LocalDate appliedOn = Dates.parse(appliedText).orElse(null);
    if (appliedOn == null) {
      problems.add(
          appliedText.isBlank()
              ? cell(number, Column.APPLIED_ON, "initiative.appliedOn.missing")
              : cell(number, Column.APPLIED_ON, "import.initiative.date.invalid", appliedText));
    }

    Long benefit = null;
    try {
      benefit = MoneyText.parseVnd(row.cell(Column.BENEFIT_VND.ordinal()));
    } catch (DomainException e) {
      problems.add(cell(number, Column.BENEFIT_VND, e.messageKey(), e.args()));
    }

    String title = row.cell(Column.TITLE.ordinal());
    String summary = row.cell(Column.SUMMARY.ordinal());
    String description = row.cell(Column.BENEFIT_DESCRIPTION.ordinal());
    if (problems.stream().noneMatch(p -> p.column().equals(Column.BENEFIT_VND.label))) {
      contentProblem(number, title, summary, field, appliedOn, benefit, description)
          .filter(problem -> problem.column() != null)
          .filter(problem -> problems.stream().noneMatch(p -> p.column().equals(problem.column())))
          .ifPresent(problems::add);
    }

    problems.sort(Comparator.comparingInt(problem -> InitiativeRowParser.columnIndex(problem)));
    RowDraft draft =
        new RowDraft(
            number,
            title,
            summary,
            field,
            unitCode,
            authors,
            group,
            appliedOn,
            benefit,
            description,
            row.cell(Column.PROGRAMME.ordinal()).strip());
    return new Parsed(problems.isEmpty() ? draft : null, List.copyOf(problems));
  }

  /** The content rules of the entry form, as a problem in the column they are about. */
  private Optional<ImportProblem> contentProblem(
      int number,
      String title,
      String summary,
      InitiativeField field,
      LocalDate appliedOn,
      Long benefit,
      String description) {
    try {
      InitiativeContent.check(title, summary, field, appliedOn, benefit, description, today);
      return Optional.empty();
    } catch (DomainException e) {
      return Optional.of(
          new ImportProblem(
              number, columnOf(e.messageKey()).label, e.messageKey(), texts(e.args())));
    }
  }

  private static List<AuthorSpec> authors(int number, String text, List<ImportProblem> problems) {
    List<AuthorSpec> authors = new ArrayList<>();
    for (String entry : AUTHOR_SEPARATOR.split(text)) {
      if (entry.isBlank()) {
        continue;
      }
      int semicolon = entry.lastIndexOf(';');
      String who = (semicolon < 0 ? entry : entry.substring(0, semicolon)).strip();
      String shareText = semicolon < 0 ? "" : entry.substring(semicolon + 1).strip();
      BigDecimal share = null;
      if (!shareText.isEmpty()) {
        Matcher matcher = SHARE.matcher(shareText);
        if (!matcher.matches()) {
          problems.add(
              cell(number, Column.AUTHORS, "initiative.authors.shareNumber", who, shareText));
          return List.of();
        }
        share = new BigDecimal(matcher.group(1).replace(',', '.'));
      }
      authors.add(new AuthorSpec(who, share));
    }
    if (authors.size() > 1 && authors.stream().anyMatch(author -> author.share() == null)) {
      problems.add(cell(number, Column.AUTHORS, "import.initiative.authors.shareMissing"));
      return List.of();
    }
    if (authors.size() > 1 || (authors.size() == 1 && authors.get(0).share() != null)) {
      BigDecimal sum =
          authors.stream().map(AuthorSpec::share).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(HUNDRED) != 0) {
        problems.add(
            cell(
                number,
                Column.AUTHORS,
                "initiative.authors.sum",
                sum.stripTrailingZeros().toPlainString().replace('.', ',')));
        return List.of();
      }
    }
    return List.copyOf(authors);
  }

  /** The column a refusal of the entry form is about, by its message key. */
  static Column columnOf(String messageKey) {
    if (messageKey.startsWith("initiative.title.")) {
      return Column.TITLE;
    }
    if (messageKey.startsWith("initiative.summary.")) {
      return Column.SUMMARY;
    }
    if (messageKey.startsWith("initiative.field.")) {
      return Column.FIELD;
    }
    if (messageKey.startsWith("initiative.appliedOn.")) {
      return Column.APPLIED_ON;
    }
    if (messageKey.equals("initiative.benefit.tooLong")) {
      return Column.BENEFIT_DESCRIPTION;
    }
    if (messageKey.startsWith("initiative.benefit.")) {
      return Column.BENEFIT_VND;
    }
    if (messageKey.startsWith("initiative.authors.")) {
      return Column.AUTHORS;
    }
    if (messageKey.startsWith("initiative.programme.")) {
      return Column.PROGRAMME;
    }
    return Column.UNIT_CODE;
  }

  static ImportProblem cell(int row, Column column, String key, Object... args) {
    return ImportProblem.ofCell(row, column.label, key, args);
  }

  private static int columnIndex(ImportProblem problem) {
    for (Column column : Column.values()) {
      if (column.label.equals(problem.column())) {
        return column.ordinal();
      }
    }
    return Column.values().length;
  }

  private static List<String> texts(Object[] args) {
    return Arrays.stream(args).map(String::valueOf).toList();
  }
}
