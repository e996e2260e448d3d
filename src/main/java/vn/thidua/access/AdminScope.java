package vn.thidua.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

/**
 * The subtrees a signed-in administrator manages: those below the units of their ADMIN grants.
 * Other roles give no say over users.
 */
final class AdminScope {

  private final SignedInUser admin;
  private final List<Long> unitIds;
  private final List<String> paths;

  private AdminScope(SignedInUser admin, List<Long> unitIds, List<String> paths) {
    this.admin = admin;
    this.unitIds = unitIds;
    this.paths = paths;
  }

  /** The scope of the signed-in user, or a refusal when they hold no ADMIN grant. */
  static AdminScope current(OrgUnits units) {
    SignedInUser admin =
        CurrentUser.get().orElseThrow(() -> DomainException.forbidden("user.adminOnly"));
    List<Long> unitIds =
        admin.grants().stream()
            .filter(grant -> grant.role() == Role.ADMIN)
            .map(Grant::unitId)
            .distinct()
            .toList();
    if (unitIds.isEmpty()) {
      throw DomainException.forbidden("user.adminOnly");
    }
    List<String> sorted =
        units.findAll(unitIds).stream()
            .map(UnitSummary::path)
            .sorted(Comparator.comparingInt(String::length))
            .toList();
    List<String> outermost = new ArrayList<>();
    for (String path : sorted) {
      if (outermost.stream().noneMatch(path::startsWith)) {
        outermost.add(path);
      }
    }
    return new AdminScope(admin, unitIds, outermost);
  }

  SignedInUser admin() {
    return admin;
  }

  boolean covers(OrgUnits units, long unitId) {
    return unitIds.stream().anyMatch(adminUnit -> units.isWithin(unitId, adminUnit));
  }

  /** Whether every grant lies in the scope; a user without grants belongs to nobody's scope. */
  boolean coversAll(OrgUnits units, List<Grant> grants) {
    return !grants.isEmpty() && grants.stream().allMatch(grant -> covers(units, grant.unitId()));
  }

  /**
   * An SQL condition true when the unit path in {@code column} lies in the scope: one range per
   * subtree, each a scan of the path index.
   */
  SqlCondition pathCondition(String column) {
    if (paths.isEmpty()) {
      return new SqlCondition("false", Map.of());
    }
    List<String> ranges = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      ranges.add("(" + column + " >= :scopeFrom" + i + " and " + column + " < :scopeTo" + i + ")");
      params.put("scopeFrom" + i, paths.get(i));
      params.put("scopeTo" + i, OrgUnits.pathUpperBound(paths.get(i)));
    }
    return new SqlCondition("(" + String.join(" or ", ranges) + ")", params);
  }

  record SqlCondition(String sql, Map<String, Object> params) {}
}
