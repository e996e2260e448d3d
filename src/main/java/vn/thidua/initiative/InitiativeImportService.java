package vn.thidua.initiative;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.initiative.InitiativeRowParser.AuthorSpec;
import vn.thidua.initiative.InitiativeRowParser.RowDraft;
import vn.thidua.initiative.InitiativeTemplate.Column;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.imports.BackgroundImports;
import vn.thidua.shared.imports.ImportProblem;
import vn.thidua.shared.imports.ImportProgress;
import vn.thidua.shared.imports.ImportRejected;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.imports.SheetRow;
import vn.thidua.shared.imports.XlsxRows;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * Imports initiatives on the shared background import runner. Every row is read and what it names
 * (its unit, authors and programme) looked up; then every good row is entered exactly as the entry
 * form enters it, in one transaction that is rolled back when any row, in either step, is bad, so
 * that the user sees all the errors of the file at once and nothing is saved.
 */
@Service
class InitiativeImportService implements InitiativeImports {

  static final String KIND = "INITIATIVE";
  static final String ENTITY = "InitiativeImport";
  private static final int PROGRESS_EVERY_ROWS = 50;
  private static final int TEMPLATE_HELP_LINES = 10;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final BackgroundImports imports;
  private final Initiatives initiatives;
  private final Programmes programmes;
  private final PeopleRegistry people;
  private final OrgUnits units;
  private final ImportUnitCodes codes;
  private final InitiativeCalendar calendar;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final int maxRows;

  InitiativeImportService(
      BackgroundImports imports,
      Initiatives initiatives,
      Programmes programmes,
      PeopleRegistry people,
      OrgUnits units,
      ImportUnitCodes codes,
      InitiativeCalendar calendar,
      MessageSource messages,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      @Value("${thidua.initiatives.import.max-rows:5000}") int maxRows) {
    this.imports = imports;
    this.initiatives = initiatives;
    this.programmes = programmes;
    this.people = people;
    this.units = units;
    this.codes = codes;
    this.calendar = calendar;
    this.messages = messages;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.maxRows = maxRows;
  }

  @Override
  public UUID start(long unitId, String fileName, byte[] content) {
    units.requireChangeable(unitId);
    String name = BackgroundImports.fileNameOf(fileName);
    try {
      XlsxRows.requireXlsx(name, content);
    } catch (ImportRejected e) {
      ImportProblem problem = e.problems().get(0);
      throw DomainException.invalid(problem.key(), problem.args().toArray());
    }
    return imports.start(
        KIND, unitId, name, (jobId, progress) -> run(jobId, unitId, name, content, progress));
  }

  @Override
  public ImportStatus status(UUID jobId) {
    return imports.status(KIND, jobId, units::canSee);
  }

  @Override
  public void writeTemplate(OutputStream out) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> help = new ArrayList<>();
    for (int line = 1; line <= TEMPLATE_HELP_LINES; line++) {
      help.add(messages.getMessage("import.initiative.help." + line, null, "", locale));
    }
    List<String> fields = new ArrayList<>();
    for (InitiativeField field : InitiativeField.values()) {
      fields.add(messages.getMessage("initiative.field." + field, null, VIETNAMESE));
    }
    InitiativeTemplate.write(out, help, fields);
  }

  private int run(
      UUID jobId, long unitId, String fileName, byte[] content, ImportProgress progress) {
    XlsxRows.Rows rows = XlsxRows.read(content, Column.values().length, maxRows);
    List<ImportProblem> headerProblems = InitiativeTemplate.checkHeader(rows.header());
    if (!headerProblems.isEmpty()) {
      throw new ImportRejected(headerProblems);
    }
    List<SheetRow> data =
        rows.data().stream().filter(row -> !InitiativeTemplate.isUntouchedExample(row)).toList();
    if (data.isEmpty()) {
      throw new ImportRejected(ImportProblem.ofFile("import.noRows"));
    }
    progress.checking(data.size());
    InitiativeRowParser parser = new InitiativeRowParser(fieldNames(), calendar.date());
    RowResolver resolver = new RowResolver(unitId);
    List<ImportProblem> problems = new ArrayList<>();
    Map<Integer, InitiativeForm> ready = new LinkedHashMap<>();
    Map<String, Integer> firstRowByTitle = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      InitiativeRowParser.Parsed parsed = parser.parse(data.get(i));
      if (!parsed.ok()) {
        problems.addAll(parsed.problems());
      } else {
        RowDraft draft = parsed.draft();
        List<ImportProblem> rowProblems = new ArrayList<>();
        Optional<InitiativeForm> form = resolver.resolve(draft, rowProblems);
        form.map(found -> found.unitId() + "|" + SearchText.fold(draft.title()))
            .map(key -> firstRowByTitle.putIfAbsent(key, draft.row()))
            .ifPresent(
                first ->
                    rowProblems.add(
                        InitiativeRowParser.cell(
                            draft.row(), Column.TITLE, "import.initiative.duplicateRow", first)));
        problems.addAll(rowProblems);
        if (rowProblems.isEmpty()) {
          ready.put(draft.row(), form.orElseThrow());
        }
      }
      if ((i + 1) % PROGRESS_EVERY_ROWS == 0) {
        progress.checked(i + 1);
      }
    }
    progress.saving();
    Integer saved =
        transaction.execute(
            status -> {
              int count = 0;
              for (Map.Entry<Integer, InitiativeForm> row : ready.entrySet()) {
                try {
                  initiatives.submit(row.getValue());
                  count++;
                } catch (DomainException e) {
                  problems.add(saveProblem(row.getKey(), e));
                }
              }
              if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return null;
              }
              events.publishEvent(
                  EntityChanged.action(
                      ENTITY,
                      jobId,
                      "IMPORT",
                      unitId,
                      null,
                      Map.of("fileName", fileName, "imported", count)));
              return count;
            });
    if (saved == null) {
      problems.sort(Comparator.comparingInt(ImportProblem::row));
      throw new ImportRejected(problems);
    }
    return saved;
  }

  private static ImportProblem saveProblem(int row, DomainException e) {
    Column column =
        e instanceof PossibleDuplicate
            ? Column.TITLE
            : InitiativeRowParser.columnOf(e.messageKey());
    return InitiativeRowParser.cell(row, column, e.messageKey(), e.args());
  }

  private Map<String, InitiativeField> fieldNames() {
    Map<String, InitiativeField> names = new HashMap<>();
    for (InitiativeField field : InitiativeField.values()) {
      names.put(SearchText.fold(field.name()), field);
      for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
        names.put(
            SearchText.fold(messages.getMessage("initiative.field." + field, null, locale)), field);
      }
    }
    return names;
  }

  /** Looks up what rows name, remembering each answer for the rows after. */
  private final class RowResolver {

    private final long importUnitId;
    private final Map<String, Optional<UnitSummary>> unitsByCode = new HashMap<>();
    private final Map<String, List<PersonView>> peopleByName = new HashMap<>();
    private final Map<Long, List<ProgrammeView>> programmesByUnit = new HashMap<>();

    RowResolver(long importUnitId) {
      this.importUnitId = importUnitId;
    }

    Optional<InitiativeForm> resolve(RowDraft draft, List<ImportProblem> problems) {
      int row = draft.row();
      Optional<UnitSummary> unit = unitsByCode.computeIfAbsent(draft.unitCode(), this::unit);
      if (unit.isEmpty()) {
        problems.add(
            InitiativeRowParser.cell(
                row, Column.UNIT_CODE, "import.initiative.unit.outOfScope", draft.unitCode()));
        return Optional.empty();
      }
      long unitId = unit.get().id();
      List<AuthorEntry> authors = new ArrayList<>();
      for (AuthorSpec author : draft.authors()) {
        person(unitId, author, row, problems)
            .ifPresent(id -> authors.add(new AuthorEntry(id, author.share(), null)));
      }
      Long programmeId = null;
      if (!draft.programme().isBlank()) {
        programmeId = programme(unitId, draft.programme()).orElse(null);
        if (programmeId == null) {
          problems.add(
              InitiativeRowParser.cell(
                  row, Column.PROGRAMME, "import.initiative.programme.unknown", draft.programme()));
        }
      }
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new InitiativeForm(
              unitId,
              programmeId,
              draft.title(),
              draft.summary(),
              draft.field(),
              authors,
              draft.authorGroup(),
              draft.appliedOn(),
              draft.benefitVnd(),
              draft.benefitDescription(),
              null,
              false,
              null));
    }

    /** A unit of the importing unit's subtree that the user may change, else nothing. */
    private Optional<UnitSummary> unit(String code) {
      return codes
          .byCode(code)
          .filter(id -> units.isWithin(id, importUnitId))
          .filter(units::canChange)
          .flatMap(units::find);
    }

    private Optional<Long> person(
        long unitId, AuthorSpec author, int row, List<ImportProblem> problems) {
      Optional<Long> code = author.personId();
      if (code.isPresent()) {
        try {
          return Optional.of(people.get(code.get()).id());
        } catch (DomainException unknown) {
          problems.add(
              InitiativeRowParser.cell(
                  row, Column.AUTHORS, "import.initiative.author.unknownCode", author.who()));
          return Optional.empty();
        }
      }
      String folded = SearchText.fold(author.who());
      List<PersonView> found =
          peopleByName.computeIfAbsent(
              unitId + "|" + folded,
              key ->
                  people
                      .search(new PersonSearch(unitId, author.who(), false, 0, 50))
                      .items()
                      .stream()
                      .filter(person -> SearchText.fold(person.fullName()).equals(folded))
                      .toList());
      if (found.size() == 1) {
        return Optional.of(found.get(0).id());
      }
      problems.add(
          InitiativeRowParser.cell(
              row,
              Column.AUTHORS,
              found.isEmpty()
                  ? "import.initiative.author.unknown"
                  : "import.initiative.author.ambiguous",
              author.who(),
              found.size()));
      return Optional.empty();
    }

    private Optional<Long> programme(long unitId, String name) {
      LocalDate today = calendar.date();
      String folded = SearchText.fold(name);
      return programmesByUnit.computeIfAbsent(unitId, id -> programmes.openFor(id, today)).stream()
          .filter(programme -> SearchText.fold(programme.name()).equals(folded))
          .map(ProgrammeView::id)
          .findFirst();
    }
  }
}
