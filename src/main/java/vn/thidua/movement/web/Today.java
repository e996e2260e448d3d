package vn.thidua.movement.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day in Vietnam, which phases and deadlines count in. */
final class Today {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Today() {}

  static LocalDate date() {
    return LocalDate.now(VIETNAM);
  }
}
