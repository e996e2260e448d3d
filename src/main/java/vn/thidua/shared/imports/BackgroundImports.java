package vn.thidua.shared.imports;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

/**
 * Runs imports from spreadsheets (and, through {@link BackgroundFiles}, builds of large files) in
 * the background on a small pool of its own, so a large file never holds up a request, and keeps
 * their progress in import_job, where any instance reads it. A job runs as the user who uploaded
 * the file, so their scope decides what its rows may name. Each module supplies the {@link
 * ImportWork}: reading, checking and saving its rows.
 */
@Component
public class BackgroundImports {

  private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);
  private static final int MAX_FILE_NAME = 300;

  private final ImportJobStore jobs;
  private final MessageSource messages;
  private final ThreadPoolTaskExecutor executor;

  BackgroundImports(
      ImportJobStore jobs,
      MessageSource messages,
      @Value("${thidua.imports.threads:2}") int threads) {
    this.jobs = jobs;
    this.messages = messages;
    // Not a bean: an Executor bean would replace the application's default task executor.
    this.executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("import-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(20);
    executor.initialize();
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }

  /**
   * Starts an import of {@code kind} into {@code unitId} and returns the job's id. The caller has
   * checked that the user may import into the unit and that the file is a workbook.
   */
  public UUID start(String kind, long unitId, String fileName, ImportWork work) {
    UUID id = UUID.randomUUID();
    jobs.create(id, kind, unitId, CurrentUser.name(), fileName);
    execute(id, () -> run(id, work));
    return id;
  }

  /**
   * Runs the job's task on the pool as the signed-in user, in the user's language (a file the job
   * writes speaks it); when the pool is full, marks the job failed and answers 409.
   */
  void execute(UUID id, Runnable task) {
    Locale language = LocaleContextHolder.getLocale();
    Runnable inLanguage =
        () -> {
          LocaleContextHolder.setLocale(language);
          try {
            task.run();
          } finally {
            LocaleContextHolder.resetLocaleContext();
          }
        };
    try {
      executor.execute(
          new DelegatingSecurityContextRunnable(inLanguage, SecurityContextHolder.getContext()));
    } catch (TaskRejectedException e) {
      jobs.failed(id, ImportProblem.ofFile("import.busy"));
      throw DomainException.conflict("import.busy");
    }
  }

  /**
   * The job's progress and outcome in the reader's language; not found when it is not of {@code
   * kind} or the user may not see its unit.
   */
  public ImportStatus status(String kind, UUID jobId, LongPredicate canSeeUnit) {
    ImportJobStore.Job job =
        jobs.find(jobId, kind)
            .filter(found -> canSeeUnit.test(found.unitId()))
            .orElseThrow(() -> DomainException.notFound("import.notFound"));
    Locale locale = LocaleContextHolder.getLocale();
    boolean interrupted = job.stale() && !job.state().finished();
    List<ImportProblem> problems =
        interrupted ? List.of(ImportProblem.ofFile("import.interrupted")) : job.errors();
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

  /** The uploaded file's name without its folders, at most as long as import_job keeps. */
  public static String fileNameOf(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
  }

  /** A problem in words: "Dòng 7, cột Ngày áp dụng: …". */
  public String text(ImportProblem problem, Locale locale) {
    String message = messages.getMessage(problem.key(), problem.args().toArray(), locale);
    if (problem.row() == 0) {
      return message;
    }
    if (problem.column() == null) {
      return messages.getMessage(
          "import.rowError", new Object[] {String.valueOf(problem.row()), message}, locale);
    }
    return messages.getMessage(
        "import.cellError",
        new Object[] {String.valueOf(problem.row()), problem.column(), message},
        locale);
  }

  private void run(UUID id, ImportWork work) {
    try {
      int imported =
          work.run(
              id,
              new ImportProgress() {
                @Override
                public void checking(int totalRows) {
                  jobs.validating(id, totalRows);
                }

                @Override
                public void checked(int rows) {
                  jobs.progress(id, rows);
                }

                @Override
                public void saving() {
                  jobs.saving(id);
                }
              });
      jobs.succeeded(id, imported);
    } catch (ImportRejected e) {
      jobs.rejected(id, e.problems());
    } catch (RuntimeException e) {
      log.error("Import {} failed", id, e);
      jobs.failed(id, ImportProblem.ofFile("import.failed"));
    }
  }
}
