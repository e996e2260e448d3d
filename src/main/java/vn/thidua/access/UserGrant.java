package vn.thidua.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/** One row of user_grant: a role held in a unit. */
@Embeddable
class UserGrant {

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Role role;

  @Column(name = "unit_id")
  private Long unitId;

  protected UserGrant() {}

  UserGrant(Grant grant) {
    this.role = grant.role();
    this.unitId = grant.unitId();
  }

  Grant toGrant() {
    return new Grant(role, unitId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserGrant that
        && role == that.role
        && Objects.equals(unitId, that.unitId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, unitId);
  }
}
