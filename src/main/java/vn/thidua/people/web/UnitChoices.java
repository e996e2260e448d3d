package vn.thidua.people.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;

/**
 * The units a select offers: those the user holds a role in (each stands for its subtree) and the
 * unit already chosen, which a link from a unit's page may name.
 */
@Component
class UnitChoices {

  private final OrgUnits units;

  UnitChoices(OrgUnits units) {
    this.units = units;
  }

  List<UnitSummary> visible(Long chosen) {
    return choices(grant -> true, chosen != null && units.canSee(chosen) ? chosen : null);
  }

  List<UnitSummary> changeable(Long chosen) {
    return choices(
        grant -> grant.role().canChange(),
        chosen != null && units.canChange(chosen) ? chosen : null);
  }

  boolean canChangeAny() {
    return CurrentUser.get().map(SignedInUser::grants).orElse(List.of()).stream()
        .anyMatch(grant -> grant.role().canChange());
  }

  private List<UnitSummary> choices(Predicate<Grant> kind, Long chosen) {
    Set<Long> ids = new LinkedHashSet<>();
    CurrentUser.get().map(SignedInUser::grants).orElse(List.of()).stream()
        .filter(kind)
        .map(Grant::unitId)
        .forEach(ids::add);
    if (chosen != null) {
      ids.add(chosen);
    }
    return units.findAll(ids);
  }
}
