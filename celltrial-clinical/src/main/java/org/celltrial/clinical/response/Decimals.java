package org.celltrial.clinical.response;

import java.math.BigDecimal;

/**
 * Exact decimal comparisons of recorded measurements (clinical-rules 0.2 item 4): a value recorded
 * as 20.0 and a threshold of 50% compare on the decimal numbers a person wrote, never on binary
 * doubles.
 */
public final class Decimals {
  private Decimals() {}

  /** The decimal a person wrote for this double (its shortest representation). */
  public static BigDecimal dec(double x) {
    return BigDecimal.valueOf(x);
  }

  /**
   * Whether {@code now} is at most {@code (1 - fraction)} of {@code reference}, i.e. fell by at
   * least the fraction: {@code now <= reference * (1 - fraction)}.
   */
  public static boolean fellBy(double reference, double now, String fraction) {
    BigDecimal keep = BigDecimal.ONE.subtract(new BigDecimal(fraction));
    return dec(now).compareTo(dec(reference).multiply(keep)) <= 0;
  }

  /** Whether {@code now >= reference * (1 + fraction)}: rose by at least the fraction. */
  public static boolean roseBy(double reference, double now, String fraction) {
    BigDecimal grow = BigDecimal.ONE.add(new BigDecimal(fraction));
    return dec(now).compareTo(dec(reference).multiply(grow)) >= 0;
  }

  /** {@code a - b} exactly. */
  public static BigDecimal minus(double a, double b) {
    return dec(a).subtract(dec(b));
  }

  /** The percent change from reference to now, for reasons (rounded to 0.01). */
  public static String percentChange(double reference, double now) {
    if (reference == 0) {
      return "n/a";
    }
    return dec(now)
        .subtract(dec(reference))
        .multiply(BigDecimal.valueOf(100))
        .divide(dec(reference), 2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
