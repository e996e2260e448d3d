package vn.thidua.shared.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.LongPredicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

/**
 * Builds large files (a province's review as PDF, say) in the background, on the imports' pool and
 * in their job table: progress and the finished file live in import_job, so that whichever instance
 * the browser polls can report it and hand the file out. A build runs as the user who asked for it.
 * Files are removed a day after they were built.
 */
@Component
public class BackgroundFiles {

  static final Duration KEPT_FOR = Duration.ofDays(1);
  private static final Logger log = LoggerFactory.getLogger(BackgroundFiles.class);

  private final ImportJobStore jobs;
  private final BackgroundImports imports;

  BackgroundFiles(ImportJobStore jobs, BackgroundImports imports) {
    this.jobs = jobs;
    this.imports = imports;
  }

  /**
   * Starts building a file of {@code kind} and {@code contentType} for the unit and returns the
   * job's id. The caller has checked that the user may see the unit.
   */
  public UUID start(String kind, long unitId, String fileName, String contentType, FileWork work) {
    UUID id = UUID.randomUUID();
    jobs.create(
        id, kind, unitId, CurrentUser.name(), BackgroundImports.fileNameOf(fileName), contentType);
    imports.execute(id, () -> run(id, work));
    return id;
  }

  /** The build's progress; not found unless it is of {@code kind} and the user sees its unit. */
  public ImportStatus status(String kind, UUID jobId, LongPredicate canSeeUnit) {
    return imports.status(kind, jobId, canSeeUnit);
  }

  /**
   * The built file of the unit's job; not found while it is being built, when it belongs to another
   * unit or kind, or when the user may not see the unit.
   */
  public BuiltFile file(String kind, UUID jobId, long unitId, LongPredicate canSeeUnit) {
    if (!canSeeUnit.test(unitId)) {
      throw DomainException.notFound("build.notFound");
    }
    return jobs.result(jobId, kind, unitId)
        .orElseThrow(() -> DomainException.notFound("build.notFound"));
  }

  @Scheduled(cron = "${thidua.builds.clean-cron:0 23 * * * *}")
  @SchedulerLock(name = "removeBuiltFiles")
  public void removeOldFiles() {
    int removed = jobs.removeBuildsFinishedBefore(Instant.now().minus(KEPT_FOR));
    if (removed > 0) {
      log.info("Removed {} built files older than {}", removed, KEPT_FOR);
    }
  }

  private void run(UUID id, FileWork work) {
    try {
      BuiltFile file =
          work.build(
              new FileWork.Progress() {
                @Override
                public void steps(int total) {
                  jobs.validating(id, total);
                }

                @Override
                public void done(int steps) {
                  jobs.progress(id, steps);
                }
              });
      jobs.produced(id, file.name(), file.contentType(), file.content());
    } catch (RuntimeException e) {
      log.error("Build {} failed", id, e);
      jobs.failed(id, ImportProblem.ofFile("build.failed"));
    }
  }
}
