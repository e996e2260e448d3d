package vn.thidua.people;

import jakarta.annotation.PreDestroy;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

/**
 * Runs imports in the background on a small pool of its own, so a large file never holds up a
 * request. The job runs as the user who uploaded the file: their scope decides which unit codes a
 * row may name.
 */
@Service
class PersonImportService implements PersonImports {

  private static final Logger log = LoggerFactory.getLogger(PersonImportService.class);
  private static final int PROGRESS_EVERY_ROWS = 200;
  private static final int MAX_FILE_NAME = 300;
  private static final int TEMPLATE_HELP_LINES = 12;

  private final ImportJobs jobs;
  private final ImportUnits importUnits;
  private final People people;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final TransactionTemplate transaction;
  private final Today today;
  private final int maxRows;
  private final ThreadPoolTaskExecutor executor;

  PersonImportService(
      ImportJobs jobs,
      ImportUnits importUnits,
      People people,
      OrgUnits units,
      ApplicationEventPublisher events,
      MessageSource messages,
      PlatformTransactionManager transactions,
      Today today,
      @Value("${thidua.people.import.max-rows:50000}") int maxRows,
      @Value("${thidua.people.import.threads:2}") int threads) {
    this.jobs = jobs;
    this.importUnits = importUnits;
    this.people = people;
    this.units = units;
    this.events = events;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactions);
    this.today = today;
    this.maxRows = maxRows;
    // Not a bean: an Executor bean would replace the application's default task executor.
    this.executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("people-import-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(20);
    executor.initialize();
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }

  @Override
  public UUID start(long unitId, String fileName, byte[] content) {
    units.requireChangeable(unitId);
    String name = fileNameOf(fileName);
    try {
      PeopleWorkbook.requireXlsx(name, content);
    } catch (UnreadableWorkbook e) {
      throw DomainException.invalid(e.problem().key(), e.problem().args().toArray());
    }
    UUID id = UUID.randomUUID();
    jobs.create(id, unitId, CurrentUser.name(), name);
    Runnable work = () -> run(id, unitId, name, content);
    try {
      executor.execute(
          new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    } catch (TaskRejectedException e) {
      jobs.failed(id, ImportProblem.ofFile("people.import.busy"));
      throw DomainException.conflict("people.import.busy");
    }
    return id;
  }

  @Override
  public ImportStatus status(UUID jobId) {
    ImportJobs.Job job =
        jobs.find(jobId)
            .filter(found -> units.canSee(found.unitId()))
            .orElseThrow(() -> DomainException.notFound("people.import.notFound"));
    Locale locale = LocaleContextHolder.getLocale();
    boolean interrupted = job.stale() && !job.state().finished();
    List<ImportProblem> problems =
        interrupted ? List.of(ImportProblem.ofFile("people.import.interrupted")) : job.errors();
    return new ImportStatus(
        job.id(),
        job.unitId(),
        job.fileName(),
        job.createdBy(),
        interrupted ? ImportState.FAILED : job.state(),
        job.totalRows(),
        job.processedRows(),
        job.importedCount(),
        problems.stream().map(problem -> text(problem, locale)).toList(),
        interrupted ? 1 : job.errorCount(),
        job.createdAt(),
        job.finishedAt());
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

  private void run(UUID id, long unitId, String fileName, byte[] content) {
    try {
      PeopleWorkbook.Rows rows = PeopleWorkbook.read(content, maxRows);
      List<ImportProblem> headerProblems = PeopleTemplate.checkHeader(rows.header());
      if (!headerProblems.isEmpty()) {
        jobs.rejected(id, headerProblems);
        return;
      }
      List<SheetRow> data =
          rows.data().stream().filter(row -> !PeopleTemplate.isUntouchedExample(row)).toList();
      if (data.isEmpty()) {
        jobs.rejected(id, List.of(ImportProblem.ofFile("people.import.noRows")));
        return;
      }
      jobs.validating(id, data.size());
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
          jobs.progress(id, i + 1);
        }
      }
      if (!problems.isEmpty()) {
        jobs.progress(id, data.size());
        jobs.rejected(id, problems);
        return;
      }
      jobs.saving(id, data.size());
      transaction.executeWithoutResult(status -> save(id, unitId, fileName, good));
    } catch (UnreadableWorkbook e) {
      jobs.rejected(id, List.of(e.problem()));
    } catch (RuntimeException e) {
      log.error("Import {} of {} into unit {} failed", id, fileName, unitId, e);
      jobs.failed(id, ImportProblem.ofFile("people.import.failed"));
    }
  }

  private void save(UUID id, long unitId, String fileName, List<NewPerson> good) {
    int imported = people.registerAll(good);
    jobs.succeeded(id, imported);
    events.publishEvent(
        EntityChanged.action(
            "PersonImport",
            id,
            "IMPORT",
            unitId,
            null,
            Map.of("fileName", fileName, "imported", imported)));
  }

  private Function<String, Optional<Long>> cachedUnitLookup() {
    Map<String, Optional<Long>> seen = new HashMap<>();
    return code -> seen.computeIfAbsent(code, importUnits::changeableByCode);
  }

  private String text(ImportProblem problem, Locale locale) {
    String message = messages.getMessage(problem.key(), problem.args().toArray(), locale);
    return problem.row() == 0
        ? message
        : messages.getMessage(
            "people.import.rowError",
            new Object[] {String.valueOf(problem.row()), message},
            locale);
  }

  private static String fileNameOf(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
  }
}
