package vn.thidua.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a username and password (from the login form or HTTP Basic) unless the username is locked
 * by too many failures, and keeps the count of failures.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    if (throttle.isLocked(username)) {
      // Refused before the password is checked: a correct guess must not be told apart.
      throw new LockedException("Too many failed sign-ins");
    }
    try {
      Authentication result = passwords.authenticate(authentication);
      throttle.clear(username);
      return result;
    } catch (BadCredentialsException e) {
      throttle.recordFailure(username);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
