package vn.thidua.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;

/** The security principal: Spring's user with the unit-scoped grants attached. */
class AccountPrincipal extends User implements SignedInUser.Holder {

  private final SignedInUser user;

  AccountPrincipal(SignedInUser user, String passwordHash, boolean enabled) {
    super(user.username(), passwordHash, enabled, true, true, true, authorities(user.grants()));
    this.user = user;
  }

  @Override
  public SignedInUser signedInUser() {
    return user;
  }

  static Collection<GrantedAuthority> authorities(List<Grant> grants) {
    return grants.stream()
        .map(grant -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + grant.role().name()))
        .distinct()
        .toList();
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
