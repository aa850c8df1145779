package org.celltrial.stats.binomial;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.stats.StatsMessages;

/**
 * Two-sided confidence intervals for a binomial proportion {@code x / n}, each matching the R
 * function named with it.
 *
 * <p>References:
 *
 * <ol>
 *   <li>Clopper CJ, Pearson ES. The use of confidence or fiducial limits illustrated in the case of
 *       the binomial. Biometrika 1934;26:404-413. doi:10.1093/biomet/26.4.404
 *   <li>Wilson EB. Probable inference, the law of succession, and statistical inference. JASA
 *       1927;22:209-212. doi:10.1080/01621459.1927.10502953
 *   <li>Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven
 *       methods. Stat Med 1998;17:857-872 (method 4, Wilson with continuity correction).
 *   <li>Brown LD, Cai TT, DasGupta A. Interval estimation for a binomial proportion. Stat Sci
 *       2001;16:101-133 (Jeffreys interval, with the limits at x = 0 and x = n set to 0 and 1).
 * </ol>
 */
public enum BinomialInterval {
  /**
   * Exact interval from beta quantiles, as R's {@code binom.test}: lower {@code qbeta(α/2, x,
   * n−x+1)} (0 when x = 0), upper {@code qbeta(1−α/2, x+1, n−x)} (1 when x = n). The interval
   * G-DES-2 judges a target value by.
   */
  CLOPPER_PEARSON("clopper-pearson") {
    @Override
    double[] limits(int x, int n, double alpha) {
      double lower =
          x == 0 ? 0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(alpha / 2);
      double upper =
          x == n ? 1 : BetaDistribution.of(x + 1.0, n - x).inverseSurvivalProbability(alpha / 2);
      return new double[] {lower, upper};
    }
  },
  /** Score interval without continuity correction, as R's {@code prop.test(correct = FALSE)}. */
  WILSON("wilson") {
    @Override
    double[] limits(int x, int n, double alpha) {
      return wilson(x, n, alpha, 0);
    }
  },
  /**
   * Score interval with continuity correction (Newcombe 1998, method 4): the estimate is shifted by
   * {@code 0.5/n} towards each limit, limits clipped to [0, 1]. R's {@code prop.test(correct =
   * TRUE)} computes the same interval except that it shrinks the correction to {@code |x − n·p|}
   * when x lies within ½ of {@code n·p} for its null value p; we always use ½.
   */
  WILSON_CC("wilson-cc") {
    @Override
    double[] limits(int x, int n, double alpha) {
      return wilson(x, n, alpha, 0.5);
    }
  },
  /**
   * Equal-tailed Jeffreys interval: quantiles of Beta(x + ½, n − x + ½); 0 at x = 0 and 1 at x = n
   * (Brown, Cai and DasGupta 2001).
   */
  JEFFREYS("jeffreys") {
    @Override
    double[] limits(int x, int n, double alpha) {
      BetaDistribution posterior = BetaDistribution.of(x + 0.5, n - x + 0.5);
      double lower = x == 0 ? 0 : posterior.inverseCumulativeProbability(alpha / 2);
      double upper = x == n ? 1 : posterior.inverseSurvivalProbability(alpha / 2);
      return new double[] {lower, upper};
    }
  };

  private final String label;

  BinomialInterval(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON, e.g. {@code clopper-pearson}. */
  public String label() {
    return label;
  }

  abstract double[] limits(int x, int n, double alpha);

  /**
   * The two-sided interval at the given level.
   *
   * @param x number of successes, 0 ≤ x ≤ n
   * @param n number of trials, n ≥ 1
   * @param level confidence level in (0, 1)
   * @throws org.celltrial.common.i18n.CelltrialException naming the bad value
   */
  public ProportionInterval of(int x, int n, double level) {
    checkCounts(x, n);
    checkLevel(level);
    double[] lu = limits(x, n, 1 - level);
    return new ProportionInterval(this, level, lu[0], lu[1]);
  }

  /**
   * R's {@code prop.test} one-sample interval: with {@code z22n = z²/(2n)} and {@code p_c = p̂ ±
   * c/n}, the limit is {@code (p_c + z22n ± z·sqrt(p_c(1−p_c)/n + z22n/(2n))) / (1 + 2·z22n)}, and
   * 0 (1) when the shifted estimate leaves [0, 1].
   */
  private static double[] wilson(int x, int n, double alpha, double correction) {
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha / 2);
    double p = (double) x / n;
    double z22n = z * z / (2.0 * n);
    double pu = p + correction / n;
    double upper =
        pu >= 1
            ? 1
            : (pu + z22n + z * Math.sqrt(pu * (1 - pu) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
    double pl = p - correction / n;
    double lower =
        pl <= 0
            ? 0
            : (pl + z22n - z * Math.sqrt(pl * (1 - pl) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
    return new double[] {lower, upper};
  }

  static void checkCounts(int x, int n) {
    if (n < 1) {
      throw StatsMessages.error("binom.n", n);
    }
    if (x < 0 || x > n) {
      throw StatsMessages.error("binom.x", x, n);
    }
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw StatsMessages.error("binom.level", level);
    }
  }
}
