package vn.thidua.initiative.web;

/** The pages show and default dates in Vietnamese time. */
final class InitiativeZone {

  private InitiativeZone() {}
}
