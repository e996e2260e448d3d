package vn.thidua.initiative;

import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/**
 * Who may enter an initiative for a unit: its officers and those of the units above it, and any
 * worker holding a role in the grassroots union itself (a viewer's login is how a worker submits
 * their own initiative).
 */
final class SubmissionRights {

  private SubmissionRights() {}

  static boolean maySubmit(UnitSummary unit, OrgUnits units) {
    return units.canChange(unit.id()) || worksIn(unit);
  }

  static boolean worksIn(UnitSummary unit) {
    return unit.grassroots()
        && CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .anyMatch(grant -> grant.unitId() == unit.id());
  }

  static boolean sitsOnCouncilOf(long unitId) {
    return CurrentUser.get()
        .map(user -> user.grants().contains(new Grant(Role.COUNCIL_MEMBER, unitId)))
        .orElse(false);
  }
}
