package vn.thidua.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The calendar day in Vietnam, which the rules about ages and start dates count from. */
@Component
class Today {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Clock clock = Clock.system(VIETNAM);

  LocalDate date() {
    return LocalDate.now(clock);
  }

  PersonRules rules() {
    return new PersonRules(date());
  }

  Instant now() {
    return clock.instant();
  }
}
