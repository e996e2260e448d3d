package vn.thidua.nomination.web;

import java.util.List;
import vn.thidua.nomination.RoundView;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;

/** The units the user proposes for in a round: those of their grants that stand below its unit. */
final class ProposingUnits {

  private ProposingUnits() {}

  static List<UnitSummary> of(OrgUnits units, RoundView round) {
    List<Long> ids =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .map(Grant::unitId)
            .distinct()
            .filter(units::canChange)
            .toList();
    return units.findAll(ids).stream()
        .filter(unit -> unit.id() != round.unitId() && units.isWithin(unit.id(), round.unitId()))
        .toList();
  }
}
