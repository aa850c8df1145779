package org.celltrial.clinical.safety.malignancy;

import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The standardized incidence ratio SIR = O / E of observed to expected cases (G-SAF-6: incidence
 * against the background risk), with the exact interval Garwood(O) / E and the two-sided p-value
 * for SIR = 1 as R's {@code poisson.test(O, E)} computes it: the probability under Poisson(E) of
 * every count no more likely than O (ratio of probabilities within 1 + 10⁻⁷).
 *
 * @param observed O, the cases seen
 * @param expected E, the cases expected from the background rates
 * @param level the confidence level
 * @param sir O / E
 * @param lower the lower limit
 * @param upper the upper limit
 * @param pValue two-sided p-value for SIR = 1
 */
public record StandardizedIncidenceRatio(
    int observed,
    double expected,
    double level,
    double sir,
    double lower,
    double upper,
    double pValue) {

  static final double REL_ERR = 1 + 1e-7;

  /**
   * The SIR, its exact interval and p-value.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a negative count, an expected count
   *     not positive or a level outside (0, 1)
   */
  public static StandardizedIncidenceRatio of(int observed, double expected, double level) {
    PoissonLimits.checkPositive("expected cases (--expected)", expected);
    double[] ci = PoissonLimits.of(observed, level);
    return new StandardizedIncidenceRatio(
        observed,
        expected,
        level,
        observed / expected,
        ci[0] / expected,
        ci[1] / expected,
        pValue(observed, expected));
  }

  /** R's {@code poisson.test} two-sided p-value of count x against mean m. */
  static double pValue(int x, double m) {
    if (x == m) {
      return 1;
    }
    PoissonDistribution p = PoissonDistribution.of(m);
    double d = p.probability(x) * REL_ERR;
    if (x < m) {
      long n = (long) Math.ceil(2 * m - x);
      while (p.probability((int) n) > d) {
        n *= 2;
      }
      long y = 0;
      for (long i = (long) Math.ceil(m); i <= n; i++) {
        if (p.probability((int) i) <= d) {
          y++;
        }
      }
      return Math.min(1, p.cumulativeProbability(x) + p.survivalProbability((int) (n - y)));
    }
    long y = 0;
    for (long i = 0; i <= (long) Math.floor(m); i++) {
      if (p.probability((int) i) <= d) {
        y++;
      }
    }
    return Math.min(1, p.cumulativeProbability((int) (y - 1)) + p.survivalProbability(x - 1));
  }
}
