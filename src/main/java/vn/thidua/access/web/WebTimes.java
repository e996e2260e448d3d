package vn.thidua.access.web;

import java.time.ZoneId;

/** Times on the pages are shown as a Vietnamese user reads a clock. */
final class WebTimes {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private WebTimes() {}
}
