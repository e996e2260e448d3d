package vn.thidua.shared.number;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares and achievements, rounded the same way everywhere: to one decimal, half up (9,367 of 9,815
 * is 95.4 %; 130,569 against 60,000 is 217.6 %).
 */
public final class Percent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** The share in percent, or null when the whole is zero. */
  public static BigDecimal of(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /**
   * The share in percent of two decimal amounts (12.5 of 40 is 31.3 %), or null when the whole is
   * zero.
   */
  public static BigDecimal of(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
