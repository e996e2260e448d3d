package vn.thidua.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A personal API token: {@code thd_} and 40 random URL-safe characters (240 bits). Only its SHA-256
 * is stored; a random token that long needs no slow hash, and a fast one lets every API call be
 * checked with one indexed lookup.
 */
record TokenSecret(String value) {

  static final String MARK = "thd_";
  static final int PREFIX_LENGTH = MARK.length() + 8;
  private static final Pattern SHAPE = Pattern.compile("thd_[A-Za-z0-9_-]{40}");
  private static final SecureRandom RANDOM = new SecureRandom();

  static TokenSecret generate() {
    byte[] bytes = new byte[30];
    RANDOM.nextBytes(bytes);
    return new TokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether the text has the shape of a token, so that garbage is refused without a lookup. */
  static boolean looksLikeToken(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  /** The first characters, kept in clear so that a user can tell their tokens apart. */
  String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  String hash() {
    return sha256(value);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "TokenSecret[" + prefix() + "…]";
  }
}
