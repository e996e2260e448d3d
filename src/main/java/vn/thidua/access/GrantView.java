package vn.thidua.access;

import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/** A grant with the name of its unit, for showing. */
public record GrantView(Role role, long unitId, String unitName) {

  public Grant grant() {
    return new Grant(role, unitId);
  }
}
