package org.celltrial.stats.logrank;

/**
 * The G-rho test of k survival curves, as R's {@code survdiff} prints it. Per-group arrays are
 * indexed by group code; with strata they are sums over strata.
 *
 * @param rho the weight exponent: 0 log-rank, 1 Peto–Peto
 * @param n observations per group
 * @param observed weighted observed events per group, {@code Σ w(t)·d_g(t)} (counts when rho = 0)
 * @param expected weighted expected events per group, {@code Σ w(t)·d(t)·n_g(t)/n(t)}
 * @param variance the k × k variance matrix of {@code observed − expected}
 * @param chisq the chi-square statistic
 * @param df degrees of freedom: groups with expected &gt; 0, minus one
 * @param p the upper-tail chi-square p-value
 */
public record LogRankResult(
    double rho,
    int[] n,
    double[] observed,
    double[] expected,
    double[][] variance,
    double chisq,
    int df,
    double p) {

  /** Copies the arrays, so the result stays immutable. */
  public LogRankResult {
    n = n.clone();
    observed = observed.clone();
    expected = expected.clone();
    double[][] copy = new double[variance.length][];
    for (int i = 0; i < variance.length; i++) {
      copy[i] = variance[i].clone();
    }
    variance = copy;
  }

  /** Observations per group (a copy). */
  @Override
  public int[] n() {
    return n.clone();
  }

  /** Observed events per group (a copy). */
  @Override
  public double[] observed() {
    return observed.clone();
  }

  /** Expected events per group (a copy). */
  @Override
  public double[] expected() {
    return expected.clone();
  }

  /** The variance matrix (a copy). */
  @Override
  public double[][] variance() {
    double[][] copy = new double[variance.length][];
    for (int i = 0; i < variance.length; i++) {
      copy[i] = variance[i].clone();
    }
    return copy;
  }
}
