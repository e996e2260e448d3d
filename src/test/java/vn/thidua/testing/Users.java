package vn.thidua.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;

/** Signed-in users for web tests, each holding roles in chosen units. */
public final class Users {

  private static final AtomicLong IDS = new AtomicLong(-1000);

  private Users() {}

  public static SignedInUser user(Role role, long unitId) {
    return new SignedInUser(
        IDS.decrementAndGet(),
        "test-" + role.name().toLowerCase() + "-" + unitId,
        "Người kiểm thử",
        List.of(new Grant(role, unitId)));
  }

  public static RequestPostProcessor as(SignedInUser user) {
    var principal = new TestPrincipal(user);
    var authorities =
        user.grants().stream()
            .map(grant -> new SimpleGrantedAuthority("ROLE_" + grant.role().name()))
            .distinct()
            .toList();
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
  }

  public static RequestPostProcessor as(Role role, long unitId) {
    return as(user(role, unitId));
  }

  /** Runs code as the user, outside MockMvc (for calling facades directly). */
  public static void runAs(SignedInUser user, Runnable work) {
    var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
    var previous = context.getAuthentication();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new TestPrincipal(user), null, List.of()));
    try {
      work.run();
    } finally {
      context.setAuthentication(previous);
    }
  }

  record TestPrincipal(SignedInUser signedInUser)
      implements SignedInUser.Holder, java.security.Principal {
    @Override
    public String getName() {
      return signedInUser.username();
    }
  }
}
