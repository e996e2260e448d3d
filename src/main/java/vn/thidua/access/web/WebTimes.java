package vn.thidua.access.web;

/** Times on the pages are shown as a Vietnamese user reads a clock. */
final class WebTimes {

  private WebTimes() {}
}
