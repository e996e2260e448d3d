package vn.thidua.initiative.web;

import java.time.ZoneId;

/** The pages show and default dates in Vietnamese time. */
final class InitiativeZone {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private InitiativeZone() {}
}
