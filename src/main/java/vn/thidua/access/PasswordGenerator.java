package vn.thidua.access;

import java.security.SecureRandom;

/** Random passwords for new and reset accounts, without characters that are easy to misread. */
final class PasswordGenerator {

  static final int LENGTH = 16;
  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String ALL = LOWER + UPPER + DIGITS;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordGenerator() {}

  /** Sixteen characters with at least one lower-case letter, one capital and one digit. */
  static String generate() {
    char[] password = new char[LENGTH];
    password[0] = pick(LOWER);
    password[1] = pick(UPPER);
    password[2] = pick(DIGITS);
    for (int i = 3; i < LENGTH; i++) {
      password[i] = pick(ALL);
    }
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return new String(password);
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }
}
