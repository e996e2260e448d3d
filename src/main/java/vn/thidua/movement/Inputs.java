package vn.thidua.movement;

import vn.thidua.shared.web.DomainException;

/** Text a user typed: trimmed, blank read as absent, refused when too long. */
final class Inputs {

  private Inputs() {}

  static String optional(String text, int maxLength, String tooLongKey, Object... args) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.length() > maxLength) {
      throw DomainException.invalid(tooLongKey, append(args, maxLength));
    }
    return value;
  }

  static String required(String text, int maxLength, String blankKey, Object... args) {
    String value = optional(text, maxLength, "text.tooLong", maxLength);
    if (value == null) {
      throw DomainException.invalid(blankKey, args);
    }
    return value;
  }

  private static Object[] append(Object[] args, Object last) {
    Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }
}
