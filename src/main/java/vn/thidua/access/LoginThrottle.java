package vn.thidua.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per username, kept in the database so that every instance sees the same count:
 * five failures within fifteen minutes lock the username for fifteen minutes, and a success forgets
 * the failures. Unknown usernames are counted like known ones, so that a lock does not reveal
 * whether an account exists.
 */
@Component
class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  @Autowired
  LoginThrottle(JdbcClient jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** When the lock on the username ends, if it is locked now. */
  Optional<Instant> lockedUntil(String username) {
    return jdbc.sql(
            "select locked_until from login_throttle where username = :username"
                + " and locked_until > :now")
        .param("username", key(username))
        .param("now", now())
        .query((rs, n) -> rs.getObject("locked_until", OffsetDateTime.class).toInstant())
        .optional();
  }

  boolean isLocked(String username) {
    return lockedUntil(username).isPresent();
  }

  /**
   * Counts a failure in one statement, so that instances failing at the same moment cannot lose a
   * count; the failure that reaches the limit sets the lock. It commits on its own, since the
   * refusal that follows rolls back the caller's transaction.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailure(String username) {
    OffsetDateTime now = now();
    boolean locked =
        jdbc.sql(
                """
                insert into login_throttle as t
                    (username, failures, first_failure_at, last_failure_at, locked_until)
                values (:username, 1, :now, :now, null)
                on conflict (username) do update set
                    failures = case when t.first_failure_at > :windowStart
                                    then t.failures + 1 else 1 end,
                    first_failure_at = case when t.first_failure_at > :windowStart
                                            then t.first_failure_at else :now end,
                    last_failure_at = :now,
                    locked_until = case when t.first_failure_at > :windowStart
                                             and t.failures + 1 >= :max
                                        then :lockEnd else t.locked_until end
                returning locked_until is not null and locked_until > :now
                """)
            .param("username", key(username))
            .param("now", now)
            .param("windowStart", now.minus(WINDOW))
            .param("max", MAX_FAILURES)
            .param("lockEnd", now.plus(LOCK))
            .query(Boolean.class)
            .single();
    if (locked) {
      log.warn("Sign-in for '{}' locked after {} failed attempts", key(username), MAX_FAILURES);
    }
  }

  /** Forgets the failures and any lock: after a successful sign-in or a password reset. */
  void clear(String username) {
    jdbc.sql("delete from login_throttle where username = :username")
        .param("username", key(username))
        .update();
  }

  private static String key(String username) {
    String key = AccountRules.normalise(username);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
