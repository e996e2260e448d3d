package vn.thidua.access;

import java.util.List;
import vn.thidua.shared.security.Grant;

/** What other modules may know of a user: never the password hash. */
public record UserView(
    long id,
    String username,
    String fullName,
    String email,
    boolean enabled,
    List<Grant> grants,
    int version) {

  public UserView {
    grants = List.copyOf(grants);
  }
}
