package vn.thidua.movement.web;

import java.time.LocalDate;
import vn.thidua.shared.time.Dates;

/** The calendar day in Vietnam, which phases and deadlines count in. */
final class Today {

  private Today() {}

  static LocalDate date() {
    return LocalDate.now(Dates.VIETNAM);
  }
}
