package vn.thidua.access;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.thidua.shared.web.DomainException;

/** What makes a username, a password, a name and an e-mail address acceptable. */
final class AccountRules {

  static final int MIN_PASSWORD_LENGTH = 10;

  /** BCrypt reads only the first 72 bytes; a longer password would be silently truncated. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private AccountRules() {}

  /** The username in its stored form (trimmed, lower case), or a refusal. */
  static String username(String raw) {
    String username = normalise(raw);
    if (!USERNAME.matcher(username).matches()) {
      throw DomainException.invalid("user.username.invalid");
    }
    return username;
  }

  /** Trimmed and lower case, as usernames are stored and looked up. */
  static String normalise(String raw) {
    return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
  }

  static void password(String password, String username) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
      throw DomainException.invalid("user.password.tooShort", MIN_PASSWORD_LENGTH);
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw DomainException.invalid("user.password.tooLong", MAX_PASSWORD_BYTES);
    }
    if (password.strip().equalsIgnoreCase(username)) {
      throw DomainException.invalid("user.password.sameAsUsername");
    }
  }

  static String fullName(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw DomainException.invalid("user.fullName.invalid");
    }
    return name;
  }

  /** The e-mail address, or null when none is given. */
  static String email(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String email = raw.strip();
    if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
      throw DomainException.invalid("user.email.invalid");
    }
    return email;
  }
}
