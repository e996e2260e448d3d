package vn.thidua.access;

import java.util.List;

/** A user as listed for an administrator. */
public record UserRow(
    long id,
    String username,
    String fullName,
    String email,
    boolean enabled,
    List<GrantView> grants) {

  public UserRow {
    grants = List.copyOf(grants);
  }
}
