package org.celltrial.stats.binomial;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.celltrial.stats.StatsMessages;

/**
 * Exact one-sided binomial test of H0: p ≤ p0 against H1: p &gt; p0, as R's {@code binom.test(x, n,
 * p0, alternative = "greater")}.
 */
public final class ExactBinomialTest {
  private ExactBinomialTest() {}

  /**
   * The p-value {@code P(X ≥ x | n, p0)} = {@code pbinom(x − 1, n, p0, lower.tail = FALSE)}; 1 when
   * x = 0. Computed as a survival probability, so small p-values keep their relative accuracy.
   *
   * @param x responders observed, 0 ≤ x ≤ n
   * @param n subjects, n ≥ 1
   * @param p0 the target value (null proportion), in (0, 1)
   */
  public static double pValueGreater(int x, int n, double p0) {
    BinomialInterval.checkCounts(x, n);
    checkTarget(p0);
    if (x == 0) {
      return 1.0;
    }
    return BinomialDistribution.of(n, p0).survivalProbability(x - 1);
  }

  static void checkTarget(double p0) {
    if (!(p0 > 0 && p0 < 1)) {
      throw StatsMessages.error("binom.target", p0);
    }
  }
}
