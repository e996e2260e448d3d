package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.security.SignedInUser;

/** Background imports as the tests follow them: the job an upload started, and its end. */
public final class ImportJobs {

  private ImportJobs() {}

  /** The job an API upload started: 202, and its id at the end of the Location header. */
  public static UUID started(MvcTestResult result) {
    assertThat(result).hasStatus(HttpStatus.ACCEPTED);
    String location = result.getResponse().getHeader("Location");
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  /**
   * The job's status once it has finished, read as {@code user} with Vietnamese messages; fails
   * when it has not finished within a minute.
   */
  public static ImportStatus finished(SignedInUser user, Supplier<ImportStatus> status) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    AtomicReference<ImportStatus> last = new AtomicReference<>();
    do {
      Users.runAs(user, () -> last.set(inVietnamese(status)));
      if (last.get().finished()) {
        return last.get();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("Import did not finish: " + last.get());
  }

  /** Reads with Vietnamese as the request's language, as a Vietnamese user's request would. */
  public static <T> T inVietnamese(Supplier<T> read) {
    Locale previous = LocaleContextHolder.getLocale();
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
    try {
      return read.get();
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
  }
}
