package vn.thidua.contest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The calendar day in Vietnam, which registrations and results are dated by. */
@Component
class ContestCalendar {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock = Clock.system(VIETNAM);

  LocalDate date() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
