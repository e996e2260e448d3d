package vn.thidua.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): the one the system package installs is the one tested.
 */
final class Chromium {

  static final String EXECUTABLE_PROPERTY = "thidua.browser.executable";
  static final String REQUIRED_PROPERTY = "thidua.browser.required";

  private static final Logger log = LoggerFactory.getLogger(Chromium.class);

  /** Flags for a container without a GPU, a sandbox, a large /dev/shm or network to spare. */
  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private Chromium() {}

  static Path executable() {
    return Paths.get(System.getProperty(EXECUTABLE_PROPERTY, "/usr/bin/chromium"));
  }

  static boolean required() {
    return Boolean.getBoolean(REQUIRED_PROPERTY);
  }

  /**
   * Before the tests of a class: fails when the browser is missing and browser tests are required
   * (as in CI); otherwise warns, loudly, so that a developer without Chromium sees what did not
   * run.
   *
   * @return whether the browser is there to launch
   */
  static boolean checkBeforeAll(Path executable, boolean required) {
    if (Files.isExecutable(executable)) {
      return true;
    }
    if (required) {
      fail(missing(executable) + ", and " + REQUIRED_PROPERTY + "=true requires them.");
    }
    log.warn(
        "SKIPPING BROWSER TESTS: {}. Set {}=true to fail instead.",
        missing(executable),
        REQUIRED_PROPERTY);
    return false;
  }

  /**
   * Before each test, ahead of the Spring context: an assumption, so that every browser test shows
   * as skipped, with the reason, in the test reports.
   */
  static void assumeInstalled(Path executable) {
    Assumptions.assumeTrue(
        Files.isExecutable(executable), () -> missing(executable) + "; skipped.");
  }

  private static String missing(Path executable) {
    return "Chromium is not installed at "
        + executable
        + " (Debian: apt-get install -y chromium), so the browser tests cannot run";
  }

  /** Skips a browser test before its Spring context would be loaded for nothing. */
  static final class SkipWithout implements TestInstancePreConstructCallback {
    @Override
    public void preConstructTestInstance(
        TestInstanceFactoryContext factoryContext, ExtensionContext context) {
      assumeInstalled(executable());
    }
  }

  static Browser launch(Playwright playwright, Path executable) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(ARGS));
  }
}
