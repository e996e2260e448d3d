package vn.thidua.shared.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers written the Vietnamese way, as pages show them: 9.815 and 95,4 %; a dash for none. */
public final class NumberText {

  private NumberText() {}

  public static String of(Number number) {
    if (number == null) {
      return "–";
    }
    if (number instanceof BigDecimal decimal) {
      return format("#,##0.0", decimal.setScale(1, RoundingMode.HALF_UP));
    }
    return format("#,##0", number.longValue());
  }

  /** A share in percent with one decimal: "95,4 %". */
  public static String share(Number number) {
    return number == null ? "–" : of(new BigDecimal(number.toString())) + " %";
  }

  private static String format(String pattern, Object value) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return new DecimalFormat(pattern, symbols).format(value);
  }
}
