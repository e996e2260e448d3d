package vn.thidua.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today in Vietnam, the day decisions are signed on. */
@Component
class DecisionCalendar {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock = Clock.system(VIETNAM);

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
