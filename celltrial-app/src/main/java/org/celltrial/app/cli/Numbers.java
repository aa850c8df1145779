package org.celltrial.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers look in text and CSV output (JSON carries full precision). */
public final class Numbers {
  private Numbers() {}

  /** Fixed decimals, half-up, {@code NA} for a missing value as R prints it. */
  public static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A percentage with one decimal, e.g. {@code 82.2%}. */
  public static String percent(double proportion) {
    return fixed(100 * proportion, 1) + "%";
  }

  /** A level as a percentage without needless decimals, e.g. {@code 95%}, {@code 97.5%}. */
  public static String level(double proportion) {
    return plain(BigDecimal.valueOf(proportion).movePointRight(2).doubleValue()) + "%";
  }

  /** A value as the user would write it: no trailing zeros, no exponent. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A p-value with four decimals, and {@code <0.0001} below that. */
  public static String pValue(double p) {
    if (!Double.isFinite(p)) {
      return "NA";
    }
    if (p < 1e-4) {
      return "<0.0001";
    }
    return String.format(Locale.ROOT, "%.4f", p);
  }
}
