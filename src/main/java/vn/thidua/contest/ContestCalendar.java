package vn.thidua.contest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.shared.time.Dates;

/** The calendar day in Vietnam, which registrations and results are dated by. */
@Component
class ContestCalendar {

  private final Clock clock = Clock.system(Dates.VIETNAM);

  LocalDate date() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
