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
 * extra subject adds at most one responder) gives r(n+1) ≤ r(n) + 1. So one pass carries, for the
 * null rate and the alternative alike, the tail {@code T = P(X ≥ r | n)} and the point probability
 * {@code b = P(X = r − 1 | n)} from n to n + 1 in O(1), with no special function:
 *
 * <ul>
 *   <li>{@code P(X ≥ r | n+1) = T + p·b} (the new subject responds with probability p);
 *   <li>{@code P(X = r−1 | n+1) = b·q·(n+1)/(n+2−r)}, q = 1 − p;
 *   <li>when r must grow: {@code P(X = r | n+1) = P(X = r−1 | n+1)·(n+2−r)/r·p/q} and {@code P(X ≥
 *       r+1 | n+1) = P(X ≥ r | n+1) − P(X = r | n+1)}.
 * </ul>
 *
 * <p>All updates are products or sums of positive terms except the last, which loses at most the
 * ratio of two neighbouring tails; the accumulated relative error stays near 1e-13 at n = 1000,
 * which the reference tests against R's {@code pbinom} confirm. When even X = n is not rare enough
 * (p0ⁿ ≥ α), r(n) = n + 1: the test cannot reject and its size and power are 0.
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
    double q0 = 1 - p0;
    double q1 = 1 - alternative;
    // at n = 0: r = 1, P(X ≥ 1) = 0, P(X = 0) = 1
    int r = 1;
    double tail0 = 0;
    double tail1 = 0;
    double point0 = 1;
    double point1 = 1;
    for (int n = 0; n < maxN; n++) {
      tail0 += p0 * point0;
      tail1 += alternative * point1;
      double grow = (n + 1.0) / (n + 2.0 - r);
      point0 *= q0 * grow;
      point1 *= q1 * grow;
      if (tail0 >= alpha) {
        double shift = (n + 2.0 - r) / r;
        point0 *= shift * p0 / q0;
        point1 *= shift * alternative / q1;
        tail0 = Math.max(0, tail0 - point0);
        tail1 = Math.max(0, tail1 - point1);
        r++;
      }
      critical[n + 1] = r;
      size[n + 1] = tail0;
      power[n + 1] = tail1;
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
