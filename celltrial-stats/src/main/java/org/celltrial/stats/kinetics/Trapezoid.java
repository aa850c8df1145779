package org.celltrial.stats.kinetics;

/**
 * The linear-up/log-down trapezoidal rule (PKNCA's {@code "lin up/log down"}, Phoenix WinNonlin's
 * "Linear Up Log Down"): an interval whose concentration falls from {@code c1 > 0} to {@code c2 >
 * 0} is integrated as an exponential decay, every other interval (rising, flat, or touching 0)
 * linearly.
 *
 * <ul>
 *   <li>linear: {@code (t2 − t1)·(c1 + c2)/2}
 *   <li>log: {@code (t2 − t1)·(c1 − c2)/ln(c1/c2)}
 * </ul>
 *
 * <p>A value between two samples is interpolated by the same rule: {@code c1·(c2/c1)^((t − t1)/(t2
 * − t1))} on a log interval, linear otherwise; the area to it is then the exact area under that
 * curve, so a partial AUC is consistent with the full one.
 *
 * <p>Reference: Gabrielsson J, Weiner D. Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.
 * 2016, ch. 2 (linear-up/log-down AUC); Denney W, Duvvuri S, Buckeridge C. Simple, automatic
 * noncompartmental analysis: the PKNCA R package. J Pharmacokinet Pharmacodyn 2015;42:S65.
 */
final class Trapezoid {
  private Trapezoid() {}

  static boolean logDown(double c1, double c2) {
    return c2 < c1 && c2 > 0;
  }

  /** Area of one interval. */
  static double area(double t1, double c1, double t2, double c2) {
    return partialArea(t1, c1, t2, c2, t2);
  }

  /**
   * Area from {@code t1} to {@code t1 ≤ t ≤ t2} under the curve of the interval: the rule is chosen
   * by the interval's ends, not by the interpolated value (a linear fall to 0 stays linear).
   */
  static double partialArea(double t1, double c1, double t2, double c2, double t) {
    double c = t == t2 ? c2 : interpolate(t1, c1, t2, c2, t);
    double dt = t - t1;
    if (dt == 0) {
      return 0;
    }
    if (logDown(c1, c2)) {
      return dt * (c1 - c) / Math.log(c1 / c);
    }
    return dt * (c1 + c) / 2;
  }

  /** The concentration at {@code t1 ≤ t ≤ t2} by the same rule. */
  static double interpolate(double t1, double c1, double t2, double c2, double t) {
    double f = (t - t1) / (t2 - t1);
    if (logDown(c1, c2)) {
      return c1 * Math.exp(f * Math.log(c2 / c1));
    }
    return c1 + f * (c2 - c1);
  }

  /**
   * Area from the first time to {@code end} (≤ the last time) of a profile sorted by time.
   *
   * @param time distinct ascending times
   * @param conc concentrations ≥ 0
   */
  static double auc(double[] time, double[] conc, double end) {
    double sum = 0;
    for (int i = 1; i < time.length && time[i - 1] < end; i++) {
      if (time[i] <= end) {
        sum += area(time[i - 1], conc[i - 1], time[i], conc[i]);
      } else {
        sum += partialArea(time[i - 1], conc[i - 1], time[i], conc[i], end);
      }
    }
    return sum;
  }
}
