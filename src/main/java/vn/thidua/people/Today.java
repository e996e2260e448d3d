package vn.thidua.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.shared.time.Dates;

/** The calendar day in Vietnam, which the rules about ages and start dates count from. */
@Component
class Today {

  private final Clock clock = Clock.system(Dates.VIETNAM);

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
