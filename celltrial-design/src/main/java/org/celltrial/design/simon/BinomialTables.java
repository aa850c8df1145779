package org.celltrial.design.simon;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Binomial probabilities {@code b(x; m, p)} and upper tails {@code P(X > k | m, p)} for every m up
 * to a maximum, tabulated once so that the two-stage search does no special-function calls in its
 * inner loop. Tails are summed from the top, so small tail probabilities keep their relative
 * accuracy.
 */
final class BinomialTables {
  private final double[][] pmf;
  private final double[][] above;

  BinomialTables(double p, int maxM) {
    pmf = new double[maxM + 1][];
    above = new double[maxM + 1][];
    for (int m = 0; m <= maxM; m++) {
      BinomialDistribution d = BinomialDistribution.of(m, p);
      pmf[m] = new double[m + 1];
      for (int x = 0; x <= m; x++) {
        pmf[m][x] = d.probability(x);
      }
      // above[m][k + 1] = P(X > k) for k = -1 … m
      above[m] = new double[m + 2];
      double sum = 0;
      for (int k = m; k >= 0; k--) {
        above[m][k + 1] = sum;
        sum += pmf[m][k];
      }
      above[m][0] = 1;
    }
  }

  /** {@code P(X = x)} for X ~ Bin(m, p). */
  double pmf(int m, int x) {
    return pmf[m][x];
  }

  /** {@code P(X > k)} for X ~ Bin(m, p): 1 when k &lt; 0, 0 when k ≥ m. */
  double above(int m, int k) {
    if (k < 0) {
      return 1;
    }
    return k >= m ? 0 : above[m][k + 1];
  }

  /**
   * {@code P(X1 > r1, X1 + X2 > r)} with X1 ~ Bin(n1, p), X2 ~ Bin(n2, p) independent: {@code Σ_{x1
   * = r1+1}^{n1} b(x1; n1, p)·P(X2 > r − x1)}.
   */
  double reject(int r1, int n1, int r, int n2) {
    double sum = 0;
    for (int x1 = r1 + 1; x1 <= n1; x1++) {
      sum += pmf[n1][x1] * above(n2, r - x1);
    }
    return sum;
  }
}
