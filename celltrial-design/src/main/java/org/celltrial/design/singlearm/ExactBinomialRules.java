package org.celltrial.design.singlearm;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * For every n from 1 to a maximum, the exact one-sided binomial test of H0: p ≤ p0: the critical
 * number of responders {@code r(n) = min{r : P(X ≥ r | n, p0) < α}} (reject when X ≥ r), its
 * attained size {@code P(X ≥ r(n) | n, p0)} and its power {@code P(X ≥ r(n) | n, p)} at a given
 * alternative p.
 *
 * <p>The tail must be strictly below α so that X ≥ r(n) is exactly the G-DES-2 rule (see {@link
 * SingleArmRule}); the two differ from the "p ≤ α" convention only when a tail equals α exactly.
 *
 * <p>The search exploits that r(n) never decreases and grows by at most one per subject: {@code P(X
 * ≥ r | n+1) ≥ P(X ≥ r | n)} gives r(n+1) ≥ r(n), and {@code P(X ≥ r+1 | n+1) ≤ P(X ≥ r | n)} (the
 * extra subject adds at most one responder) gives r(n+1) ≤ r(n) + 1. So each n costs one or two
 * tail probabilities for the size and one for the power. Tails are regularized incomplete beta
 * functions (commons-statistics), accurate in the far tail, as R's {@code pbinom(r − 1, n, p,
 * lower.tail = FALSE)}. When even X = n is not rare enough (p0ⁿ &gt; α), r(n) = n + 1: the test
 * cannot reject and its size and power are 0.
 */
public final class ExactBinomialRules {
  private final int[] critical;
  private final double[] size;
  private final double[] power;

  private ExactBinomialRules(int[] critical, double[] size, double[] power) {
    this.critical = critical;
    this.size = size;
    this.power = power;
  }

  /**
   * The rules for n = 1 … maxN.
   *
   * @param p0 the null rate, in (0, 1)
   * @param alternative the rate the power is computed at, in (0, 1)
   * @param alpha the one-sided level, in (0, 1)
   * @param maxN the largest n, at least 1
   */
  public static ExactBinomialRules compute(double p0, double alternative, double alpha, int maxN) {
    int[] critical = new int[maxN + 1];
    double[] size = new double[maxN + 1];
    double[] power = new double[maxN + 1];
    int r = 1; // r(0) = 1: with no subject, no outcome rejects
    for (int n = 1; n <= maxN; n++) {
      BinomialDistribution null0 = BinomialDistribution.of(n, p0);
      double tail = tail(null0, r, n);
      if (tail >= alpha) {
        r++;
        tail = tail(null0, r, n);
      }
      critical[n] = r;
      size[n] = tail;
      power[n] = tail(BinomialDistribution.of(n, alternative), r, n);
    }
    return new ExactBinomialRules(critical, size, power);
  }

  /** {@code P(X ≥ r)}, 0 when r &gt; n. */
  static double tail(BinomialDistribution d, int r, int n) {
    return r > n ? 0 : d.survivalProbability(r - 1);
  }

  /** The largest n computed. */
  public int maxN() {
    return critical.length - 1;
  }

  /** The critical number of responders r(n): reject H0 when X ≥ r(n); n + 1 when none exists. */
  public int critical(int n) {
    return critical[n];
  }

  /** The attained size {@code P(X ≥ r(n) | n, p0)} &lt; α. */
  public double size(int n) {
    return size[n];
  }

  /** The power {@code P(X ≥ r(n) | n, p)} at the alternative. */
  public double power(int n) {
    return power[n];
  }
}
