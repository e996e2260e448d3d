package vn.thidua.movement;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed e-mail is tried again: the delay doubles after each failure (1, 2, 4, 8 minutes by
 * default), and after the last attempt it is given up.
 *
 * @param firstDelay the delay after the first failure
 * @param maxAttempts how many attempts in all
 */
record MailRetry(Duration firstDelay, int maxAttempts) {

  MailRetry {
    if (firstDelay.isNegative() || maxAttempts < 1) {
      throw new IllegalArgumentException("a retry needs a delay and one attempt at least");
    }
  }

  /** The time of the next attempt after {@code failedAttempts} failures, or empty to give up. */
  Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
    return Optional.of(now.plus(firstDelay.multipliedBy(1L << doublings)));
  }
}
