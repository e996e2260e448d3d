package vn.thidua.demo;

import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;

/**
 * Lets the demo act as one of its logins, for what only that role may do: a council member's sheet
 * or a judge's mark is recorded under that person's name and rights, as if they had signed in.
 */
final class DemoActor {

  private DemoActor() {}

  static SignedInUser of(DemoAccounts.Login login, long unitId) {
    return new SignedInUser(
        login.userId(),
        login.username(),
        login.fullName(),
        List.of(new Grant(login.role(), unitId)));
  }

  static <T> T call(SignedInUser user, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new Holder(user),
            null,
            user.grants().stream()
                .map(Grant::role)
                .map(Role::name)
                .distinct()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private record Holder(SignedInUser signedInUser) implements SignedInUser.Holder, Principal {
    @Override
    public String getName() {
      return signedInUser.username();
    }
  }
}
