package vn.thidua.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.thidua.shared.time.Dates;

/**
 * The calendar day in Vietnam, which deadlines and phases count in. A loader recording what
 * happened in an earlier year sets the day for its own thread ({@link #asOf}).
 */
@Component
class MovementCalendar implements MovementHistory {

  private static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);
  private static final ThreadLocal<Clock> RECORDED_AS_OF = new ThreadLocal<>();

  private final Clock clock = Clock.system(Dates.VIETNAM);

  /** The calendar day of an instant in Vietnam, or null. */
  static LocalDate dayOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, Dates.VIETNAM);
  }

  LocalDate today() {
    return LocalDate.now(current());
  }

  Instant now() {
    return current().instant();
  }

  @Override
  public <T> T asOf(LocalDate day, Supplier<T> work) {
    Clock previous = RECORDED_AS_OF.get();
    RECORDED_AS_OF.set(
        Clock.fixed(day.atTime(OFFICE_HOURS).atZone(Dates.VIETNAM).toInstant(), Dates.VIETNAM));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        RECORDED_AS_OF.remove();
      } else {
        RECORDED_AS_OF.set(previous);
      }
    }
  }

  private Clock current() {
    Clock recorded = RECORDED_AS_OF.get();
    return recorded != null ? recorded : clock;
  }
}
