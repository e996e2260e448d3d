package vn.thidua.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<SignedInUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof SignedInUser.Holder holder) {
      return Optional.of(holder.signedInUser());
    }
    return Optional.empty();
  }

  /** The username for the audit log; "system" for work that no person started. */
  public static String name() {
    return get().map(SignedInUser::username).orElse("system");
  }
}
