package vn.thidua.access;

import java.time.Instant;

/** A personal API token as its owner sees it in lists: never the secret. */
public record TokenView(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expiredAt(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }

  public boolean usableAt(Instant now) {
    return !revoked() && !expiredAt(now);
  }
}
