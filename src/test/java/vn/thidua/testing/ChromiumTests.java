package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ChromiumTests {

  private static final Path MISSING = Path.of("/nonexistent/chromium");
  private static final Path PRESENT = Path.of("/bin/sh");

  @Test
  void warnsBeforeSkippingWhenChromiumIsMissingAndNotRequired() {
    assertThat(Chromium.checkBeforeAll(MISSING, false)).isFalse();
  }

  @Test
  void skipsEachBrowserTestWithTheReasonWhenChromiumIsMissing() {
    assertThatThrownBy(() -> Chromium.assumeInstalled(MISSING))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Chromium is not installed at " + MISSING);
  }

  @Test
  void failsBrowserTestsWhenChromiumIsMissingAndRequired() {
    assertThatThrownBy(() -> Chromium.checkBeforeAll(MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("thidua.browser.required=true");
  }

  @Test
  void letsBrowserTestsRunWhenTheExecutableIsThere() {
    assertThat(Chromium.checkBeforeAll(PRESENT, true)).isTrue();
    assertThatCode(() -> Chromium.assumeInstalled(PRESENT)).doesNotThrowAnyException();
  }
}
