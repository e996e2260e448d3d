package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ChromiumTests {

  private static final Path MISSING = Path.of("/nonexistent/chromium");

  @Test
  void skipsBrowserTestsWhenChromiumIsMissingAndNotRequired() {
    assertThatThrownBy(() -> Chromium.assumeInstalled(MISSING, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Chromium is not installed at " + MISSING);
  }

  @Test
  void failsBrowserTestsWhenChromiumIsMissingAndRequired() {
    assertThatThrownBy(() -> Chromium.assumeInstalled(MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("thidua.browser.required=true");
  }

  @Test
  void letsBrowserTestsRunWhenTheExecutableIsThere() {
    Path shell = Path.of("/bin/sh");

    assertThatCode(() -> Chromium.assumeInstalled(shell, true)).doesNotThrowAnyException();
  }
}
