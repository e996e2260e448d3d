package vn.thidua.initiative;

import java.util.regex.Pattern;
import vn.thidua.shared.web.DomainException;

/**
 * An amount of Vietnamese đồng as people type it: "15.000.000", "15 000 000 đ", "15000000 VND".
 * Dots, commas and spaces group thousands (the đồng has no smaller unit), so any other character is
 * a mistake the user must see, not a number to guess.
 */
public final class MoneyText {

  static final long MAX = 1_000_000_000_000_000L;
  private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(đồng|đ|vnđ|vnd)\\s*$");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s]\\d{3})*|\\d+");

  private MoneyText() {}

  /** The amount, or null for an empty text. */
  public static Long parseVnd(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String amount = CURRENCY.matcher(text.strip()).replaceAll("").strip().replace('\u00a0', ' ');
    if (!GROUPED.matcher(amount).matches()) {
      throw DomainException.invalid("initiative.benefit.notNumber", text.strip());
    }
    String digits = amount.replaceAll("[.,\\s]", "");
    if (digits.length() > 18 || Long.parseLong(digits) > MAX) {
      throw DomainException.invalid("initiative.benefit.tooLarge");
    }
    return Long.parseLong(digits);
  }
}
