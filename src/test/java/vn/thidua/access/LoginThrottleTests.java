package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class LoginThrottleTests {

  @Autowired JdbcClient jdbc;

  final MovableClock clock = new MovableClock(Instant.parse("2026-03-08T08:00:00Z"));

  LoginThrottle throttle() {
    return new LoginThrottle(jdbc, clock);
  }

  @Test
  void locksAfterFiveFailuresWithinFifteenMinutes() {
    String username = AccountsForTests.uniqueUsername("throttled");
    LoginThrottle throttle = throttle();
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(username);
      clock.advance(Duration.ofMinutes(3));
    }
    assertThat(throttle.isLocked(username)).isFalse();
    throttle.recordFailure(username);
    assertThat(throttle.lockedUntil(username)).contains(clock.instant().plus(LoginThrottle.LOCK));
  }

  @Test
  void doesNotLockFailuresSpreadOverMoreThanTheWindow() {
    String username = AccountsForTests.uniqueUsername("slow");
    LoginThrottle throttle = throttle();
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(username);
      clock.advance(Duration.ofMinutes(4));
    }
    assertThat(throttle.isLocked(username)).isFalse();
  }

  @Test
  void liftsTheLockAfterFifteenMinutes() {
    String username = AccountsForTests.uniqueUsername("waits");
    LoginThrottle throttle = throttle();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.recordFailure(username);
    }
    clock.advance(LoginThrottle.LOCK.minusSeconds(1));
    assertThat(throttle.isLocked(username)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.isLocked(username)).isFalse();
    throttle.recordFailure(username);
    assertThat(throttle.isLocked(username)).as("a new window starts after the lock").isFalse();
  }

  @Test
  void clearingForgetsFailuresAndLock() {
    String username = AccountsForTests.uniqueUsername("cleared");
    LoginThrottle throttle = throttle();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.recordFailure(username);
    }
    throttle.clear(username);
    assertThat(throttle.isLocked(username)).isFalse();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      throttle.recordFailure(username);
    }
    assertThat(throttle.isLocked(username)).isFalse();
  }

  @Test
  void sharesTheCountAcrossInstances() {
    String username = AccountsForTests.uniqueUsername("shared");
    LoginThrottle one = throttle();
    LoginThrottle other = throttle();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      (i % 2 == 0 ? one : other).recordFailure(username);
    }
    assertThat(one.isLocked(username)).isTrue();
    assertThat(other.isLocked(username.toUpperCase())).isTrue();
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
