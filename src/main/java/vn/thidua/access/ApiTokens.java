package vn.thidua.access;

import java.time.LocalDate;
import java.util.List;

/** The signed-in user's personal tokens for calling the JSON API. */
public interface ApiTokens {

  /**
   * Creates a token for the signed-in user. The returned secret is shown once and cannot be
   * recovered: only its hash is kept.
   *
   * @param expiresOn the last day the token works (Vietnamese time), or null for no expiry
   */
  CreatedToken create(String name, LocalDate expiresOn);

  /** The signed-in user's tokens, newest first, revoked ones included. */
  List<TokenView> mine();

  /** Revokes one of the signed-in user's tokens; someone else's token is "not found". */
  void revoke(long tokenId);
}
