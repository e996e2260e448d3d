package vn.thidua.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The calendar day in Vietnam, which submissions and decisions are dated by. */
@Component
class InitiativeCalendar {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock = Clock.system(VIETNAM);

  LocalDate date() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
