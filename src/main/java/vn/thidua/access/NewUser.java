package vn.thidua.access;

import java.util.List;
import vn.thidua.shared.security.Grant;

/**
 * A user to create. The username is stored in lower case; the password is hashed at once and never
 * kept as given.
 */
public record NewUser(
    String username, String fullName, String email, String rawPassword, List<Grant> grants) {

  public NewUser {
    grants = grants == null ? List.of() : List.copyOf(grants);
  }

  @Override
  public String toString() {
    return "NewUser[username=" + username + ", grants=" + grants + "]";
  }
}
