package vn.thidua.access;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown, revoked or expired, or whose owner is disabled. */
class InvalidApiTokenException extends AuthenticationException {

  InvalidApiTokenException() {
    super("Invalid API token");
  }
}
