package vn.thidua.shared.security;

import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does on its own (the demo loader, start-up tasks), run as an administrator
 * of the national unit and recorded in the audit log as "system".
 */
public final class SystemUser {

  private SystemUser() {}

  public static <T> T call(long rootUnitId, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    SignedInUser system =
        new SignedInUser(0, "system", "Hệ thống", List.of(new Grant(Role.ADMIN, rootUnitId)));
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new Holder(system), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public static void run(long rootUnitId, Runnable work) {
    call(
        rootUnitId,
        () -> {
          work.run();
          return null;
        });
  }

  private record Holder(SignedInUser signedInUser) implements SignedInUser.Holder, Principal {
    @Override
    public String getName() {
      return signedInUser.username();
    }
  }
}
