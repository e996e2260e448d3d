package vn.thidua.people;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.imports.BackgroundImports;
import vn.thidua.shared.imports.ImportProgress;
import vn.thidua.shared.imports.ImportRejected;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.web.DomainException;

/**
 * Imports workers on the shared background import runner ({@link BackgroundImports}), which keeps
 * the job and its progress. The job runs as the user who uploaded the file: their scope decides
 * which unit codes a row may name.
 */
@Service
class PersonImportService implements PersonImports {

  static final String KIND = "PEOPLE";
  private static final int PROGRESS_EVERY_ROWS = 200;
  private static final int TEMPLATE_HELP_LINES = 12;

  private final BackgroundImports imports;
  private final ImportUnits importUnits;
  private final People people;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Today today;
  private final int maxRows;

  PersonImportService(
      BackgroundImports imports,
      ImportUnits importUnits,
      People people,
      OrgUnits units,
      ApplicationEventPublisher events,
      MessageSource messages,
      PlatformTransactionManager transactions,
      Today today,
      @Value("${thidua.people.import.max-rows:50000}") int maxRows) {
    this.imports = imports;
    this.importUnits = importUnits;
    this.people = people;
    this.units = units;
    this.events = events;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.today = today;
    this.maxRows = maxRows;
  }

  @Override
  public UUID start(long unitId, String fileName, byte[] content) {
    units.requireChangeable(unitId);
    String name = BackgroundImports.fileNameOf(fileName);
    try {
      PeopleWorkbook.requireXlsx(name, content);
    } catch (UnreadableWorkbook e) {
      throw DomainException.invalid(e.problem().key(), e.problem().args().toArray());
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
      help.add(
          messages.getMessage(
              "people.template.help." + line,
              new Object[] {
                String.valueOf(PersonRules.EARLIEST_BIRTH_YEAR),
                String.valueOf(PersonRules.MINIMUM_AGE)
              },
              "",
              locale));
    }
    PeopleTemplate.write(out, help);
  }

  private int run(UUID id, long unitId, String fileName, byte[] content, ImportProgress progress) {
    try {
      PeopleWorkbook.Rows rows = PeopleWorkbook.read(content, maxRows);
      List<ImportProblem> headerProblems = PeopleTemplate.checkHeader(rows.header());
      if (!headerProblems.isEmpty()) {
        throw rejected(headerProblems);
      }
      List<SheetRow> data =
          rows.data().stream().filter(row -> !PeopleTemplate.isUntouchedExample(row)).toList();
      if (data.isEmpty()) {
        throw rejected(List.of(ImportProblem.ofFile("import.noRows")));
      }
      progress.checking(data.size());
      List<NewPerson> good = new ArrayList<>(data.size());
      List<ImportProblem> problems = new ArrayList<>();
      ImportRowParser parser = new ImportRowParser(today.rules(), unitId, cachedUnitLookup());
      for (int i = 0; i < data.size(); i++) {
        ImportRowParser.Parsed parsed = parser.parse(data.get(i));
        if (parsed.ok()) {
          good.add(parsed.person());
        } else {
          problems.addAll(parsed.problems());
        }
        if ((i + 1) % PROGRESS_EVERY_ROWS == 0) {
          progress.checked(i + 1);
        }
      }
      if (!problems.isEmpty()) {
        progress.checked(data.size());
        throw rejected(problems);
      }
      progress.saving();
      return transaction.execute(status -> save(id, unitId, fileName, good));
    } catch (UnreadableWorkbook e) {
      throw rejected(List.of(e.problem()));
    }
  }

  private int save(UUID id, long unitId, String fileName, List<NewPerson> good) {
    int imported = people.registerAll(good);
    events.publishEvent(
        EntityChanged.action(
            "PersonImport",
            id,
            "IMPORT",
            unitId,
            null,
            Map.of("fileName", fileName, "imported", imported)));
    return imported;
  }

  /** The problems in the shared runner's terms; the message keys stay this module's. */
  private static ImportRejected rejected(List<ImportProblem> problems) {
    return new ImportRejected(
        problems.stream()
            .map(
                problem ->
                    new vn.thidua.shared.imports.ImportProblem(
                        problem.row(), null, problem.key(), problem.args()))
            .toList());
  }

  private Function<String, Optional<Long>> cachedUnitLookup() {
    Map<String, Optional<Long>> seen = new HashMap<>();
    return code -> seen.computeIfAbsent(code, importUnits::changeableByCode);
  }
}
