package org.celltrial.app.data;

/**
 * Parses plain decimals ({@code -12.345}) straight from a text range, without making a string.
 *
 * <p>Clinger's fast path (Clinger 1990, "How to read floating point numbers accurately", PLDI):
 * when the digits form an integer m ≤ 2^53 and there are k ≤ 22 digits after the point, both m and
 * 10^k are exact doubles and one IEEE division m / 10^k is correctly rounded, so the result equals
 * {@link Double#parseDouble}. Anything else (exponents, more than 15 significant digits, words)
 * returns NaN and the caller falls back to {@code Double.parseDouble}.
 */
final class Decimals {
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private Decimals() {}

  /**
   * The value of {@code text[from, to)}, or NaN when it is not a plain decimal this path handles.
   */
  static double parse(CharSequence text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int decimals = -1;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (mantissa != 0 || c != '0') {
          significant++;
        }
        if (significant > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || decimals > 22) {
      return Double.NaN;
    }
    double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : (double) mantissa;
    return negative ? -value : value;
  }
}
