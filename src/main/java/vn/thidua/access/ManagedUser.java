package vn.thidua.access;

import java.time.Instant;
import java.util.List;

/**
 * A user as an administrator edits them: the version to send back with a change, and when a lock
 * after failed sign-ins ends, if there is one.
 */
public record ManagedUser(
    long id,
    String username,
    String fullName,
    String email,
    boolean enabled,
    int version,
    Instant createdAt,
    List<GrantView> grants,
    Instant lockedUntil) {

  public ManagedUser {
    grants = List.copyOf(grants);
  }
}
