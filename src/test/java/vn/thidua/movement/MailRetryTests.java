package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailRetryTests {

  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  final MailRetry retry = new MailRetry(Duration.ofMinutes(1), 5);

  @Test
  void doublesTheDelayAfterEachFailure() {
    assertThat(retry.nextAttempt(1, NOW)).contains(NOW.plusSeconds(60));
    assertThat(retry.nextAttempt(2, NOW)).contains(NOW.plusSeconds(120));
    assertThat(retry.nextAttempt(3, NOW)).contains(NOW.plusSeconds(240));
    assertThat(retry.nextAttempt(4, NOW)).contains(NOW.plusSeconds(480));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertThat(retry.nextAttempt(5, NOW)).isEmpty();
    assertThat(new MailRetry(Duration.ofMinutes(1), 1).nextAttempt(1, NOW)).isEmpty();
  }
}
