package vn.thidua.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, no diacritics, đ as d, single spaces. "Công nhân
 * giỏi" and "cong nhan gioi" fold to the same string.
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** A LIKE pattern that finds the folded query anywhere, with LIKE's wildcards escaped. */
  public static String containsPattern(String query) {
    String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + folded + "%";
  }
}
