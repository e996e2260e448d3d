package vn.thidua.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The calendar day in Vietnam, which deadlines and phases count in. */
@Component
class MovementCalendar {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock = Clock.system(VIETNAM);

  /** The calendar day of an instant in Vietnam, or null. */
  static LocalDate dayOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, VIETNAM);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
