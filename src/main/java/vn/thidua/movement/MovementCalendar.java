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

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
