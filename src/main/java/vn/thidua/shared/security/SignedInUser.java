package vn.thidua.shared.security;

import java.io.Serializable;
import java.util.List;

/** Who is making the request, with the grants that decide which units they may see and change. */
public record SignedInUser(long id, String username, String fullName, List<Grant> grants)
    implements Serializable {

  public SignedInUser {
    grants = List.copyOf(grants);
  }

  public boolean has(Role role) {
    return grants.stream().anyMatch(grant -> grant.role() == role);
  }

  /** Implemented by the security principal so that modules can read the user without knowing it. */
  public interface Holder {
    SignedInUser signedInUser();
  }
}
