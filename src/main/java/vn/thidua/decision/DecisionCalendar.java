package vn.thidua.decision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.shared.time.Dates;

/** Today in Vietnam, the day decisions are signed on. */
@Component
class DecisionCalendar {

  private final Clock clock = Clock.system(Dates.VIETNAM);

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
