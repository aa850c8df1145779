package org.celltrial.analysis.study;

import java.util.Locale;
import org.celltrial.common.i18n.Message;

/** Number formatting for report cells: the same digits in every language. */
final class Fmt {
  private Fmt() {}

  /** {@code n (p %)} with one decimal, or {@code n} alone when the denominator is 0. */
  static Message countPercent(long n, long of) {
    return AnalysisMessages.raw(
        of == 0 ? String.valueOf(n) : n + " (" + percent((double) n / of) + ")");
  }

  /** A proportion as a percentage with one decimal, without the sign. */
  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f", 100.0 * p);
  }

  /** A proportion's interval as {@code lo–hi} percentages. */
  static String interval(double lo, double hi) {
    return percent(lo) + "–" + percent(hi);
  }

  /** A number with the given decimals; {@code NE} when not a number. */
  static String number(double x, int decimals) {
    return Double.isNaN(x) ? "NE" : String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  /** A p-value: four decimals, or {@code <0.0001}. */
  static String pValue(double p) {
    return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }
}
