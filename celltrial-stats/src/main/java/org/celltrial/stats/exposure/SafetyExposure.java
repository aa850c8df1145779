package org.celltrial.stats.exposure;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.celltrial.stats.StatsMessages;

/**
 * Whether a safety database is large enough (guideline G-DES-5: a confirmatory trial must also give
 * enough treated subjects for a pooled safety assessment): the chance that n treated subjects show
 * an adverse event of true rate p, the rate that 0 events in n subjects rules out, and the n needed
 * to see an event.
 *
 * <p>With X ~ Binomial(n, p) the number of subjects with the event:
 *
 * <ul>
 *   <li>{@code P(X ≥ k) = 1 − pbinom(k − 1, n, p)}; for k = 1, {@code 1 − (1 − p)^n}
 *   <li>after 0 events, the exact one-sided upper confidence limit {@code 1 − (1 − level)^(1/n)}
 *       (Clopper–Pearson, R's {@code binom.test(0, n, alternative = "less")}): rates above it are
 *       excluded; the "rule of three" {@code 3/n} approximates it at level 0.95 since {@code −ln
 *       0.05 ≈ 3}
 *   <li>the smallest n with {@code P(X ≥ k) ≥ probability}; for k = 1, {@code ⌈ln(1 −
 *       probability)/ln(1 − p)⌉}
 * </ul>
 *
 * <p>Reference: Hanley JA, Lippman-Hand A. If nothing goes wrong, is everything all right?
 * Interpreting zero numerators. JAMA 1983;249:1743-1745. ICH E1 (1994): the extent of population
 * exposure to assess clinical safety.
 */
public final class SafetyExposure {
  /** The guideline requirement these numbers answer. */
  public static final String RULE = "G-DES-5";

  private SafetyExposure() {}

  /**
   * The probability that at least k of n subjects have an event of true rate p.
   *
   * @param k events, 1 ≤ k ≤ n
   * @param n treated subjects, n ≥ 1
   * @param rate true rate per subject, in (0, 1)
   */
  public static double probabilityOfAtLeast(int k, int n, double rate) {
    checkN(n);
    checkK(k, n);
    checkRate(rate);
    if (k == 1) {
      return -Math.expm1(n * Math.log1p(-rate));
    }
    return BinomialDistribution.of(n, rate).survivalProbability(k - 1);
  }

  /**
   * The exact one-sided upper confidence limit of the rate after 0 events in n subjects: {@code 1 −
   * (1 − level)^(1/n)}.
   *
   * @param n treated subjects, n ≥ 1
   * @param level one-sided confidence level in (0, 1), e.g. 0.95
   */
  public static double zeroEventUpperLimit(int n, double level) {
    checkN(n);
    checkProbability("exposure.level", level);
    return -Math.expm1(Math.log1p(-level) / n);
  }

  /**
   * The "rule of three" approximation {@code 3/n} of the 95% upper limit after 0 events.
   *
   * @param n treated subjects, n ≥ 1
   */
  public static double ruleOfThree(int n) {
    checkN(n);
    return 3.0 / n;
  }

  /**
   * The smallest n with {@code P(X ≥ k) ≥ probability} for X ~ Binomial(n, p).
   *
   * @param k events to observe, k ≥ 1
   * @param rate true rate per subject, in (0, 1)
   * @param probability required probability in (0, 1), e.g. 0.95
   * @throws org.celltrial.common.i18n.CelltrialException when the answer exceeds {@link
   *     Integer#MAX_VALUE} subjects
   */
  public static int subjectsNeeded(int k, double rate, double probability) {
    if (k < 1) {
      throw StatsMessages.error("exposure.k", k, "n");
    }
    checkRate(rate);
    checkProbability("exposure.probability", probability);
    // P(X ≥ k) grows with n: double an upper bound, then bisect.
    long lo = k - 1L;
    long hi = Math.max(k, 1);
    while (atLeast(k, hi, rate) < probability) {
      lo = hi;
      hi *= 2;
      if (hi > Integer.MAX_VALUE) {
        throw StatsMessages.error("exposure.tooMany", rate, k, probability);
      }
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (atLeast(k, mid, rate) >= probability) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return (int) hi;
  }

  private static double atLeast(int k, long n, double rate) {
    return k == 1
        ? -Math.expm1(n * Math.log1p(-rate))
        : BinomialDistribution.of((int) n, rate).survivalProbability(k - 1);
  }

  private static void checkN(int n) {
    if (n < 1) {
      throw StatsMessages.error("exposure.n", n);
    }
  }

  private static void checkK(int k, int n) {
    if (k < 1 || k > n) {
      throw StatsMessages.error("exposure.k", k, n);
    }
  }

  private static void checkRate(double rate) {
    if (!(rate > 0 && rate < 1)) {
      throw StatsMessages.error("exposure.rate", rate);
    }
  }

  private static void checkProbability(String key, double value) {
    if (!(value > 0 && value < 1)) {
      throw StatsMessages.error(key, value);
    }
  }
}
