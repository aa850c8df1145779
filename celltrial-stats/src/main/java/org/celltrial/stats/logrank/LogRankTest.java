package org.celltrial.stats.logrank;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.celltrial.stats.StatsMessages;
import org.celltrial.stats.riskset.SurvivalInput;
import org.celltrial.stats.riskset.TimeOrder;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * The G-rho family of tests of k survival curves (Harrington and Fleming 1982), computed as R's
 * {@code survdiff(Surv(time, event) ~ group + strata(s), rho = ρ)}.
 *
 * <p>At each distinct event time t of a stratum, with {@code n(t)} at risk of whom {@code n_g(t)}
 * in group g, and {@code d(t)} events of which {@code d_g(t)} in group g, the weight is {@code w(t)
 * = S(t−)^ρ} with S the Kaplan–Meier estimate of the stratum's pooled data just before t. Then
 *
 * <pre>
 *   O_g = Σ w·d_g,   E_g = Σ w·d·n_g/n,
 *   V_gh = Σ w²·d·(n − d)/(n·(n − 1)) · n_g·(δ_gh·n − n_h)/n,
 * </pre>
 *
 * summed over times and strata, and {@code χ² = (O − E)' V⁻ (O − E)} over the groups with {@code E
 * > 0}, dropping the first (V is singular), with that many groups minus one degrees of freedom. ρ =
 * 0 is the log-rank test (Mantel 1966), ρ = 1 the Peto–Peto modification of the Gehan–Wilcoxon
 * test. Observed counts are weighted too, as R prints them.
 *
 * <p>References: Harrington DP, Fleming TR. A class of rank test procedures for censored survival
 * data. Biometrika 1982;69:553-566. doi:10.1093/biomet/69.3.553. Mantel N. Evaluation of survival
 * data and two new rank order statistics arising in its consideration. Cancer Chemother Rep
 * 1966;50:163-170.
 */
public final class LogRankTest {
  private LogRankTest() {}

  /**
   * Compares k groups, optionally within strata. O(n log n) for the sort plus O(n·k + D·k²) for D
   * distinct event times.
   *
   * @param time finite times ≥ 0
   * @param event 1 = event, 0 = censored
   * @param group group codes 0…groups−1
   * @param groups the number of groups k ≥ 2; each must have an observation
   * @param strata stratum codes (any integers), or {@code null} for none
   * @param rho the weight exponent ρ ≥ 0
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad time, event, group or ρ
   */
  public static LogRankResult compare(
      double[] time, int[] event, int[] group, int groups, int[] strata, double rho) {
    SurvivalInput.check(time, event);
    int n = time.length;
    SurvivalInput.requireLength("group", group.length, n);
    if (strata != null) {
      SurvivalInput.requireLength("strata", strata.length, n);
    }
    if (!(rho >= 0) || Double.isInfinite(rho)) {
      throw StatsMessages.error("logrank.rho", rho);
    }
    int[] size = groupSizes(group, groups);
    int[] order = TimeOrder.of(time, strata);
    double[] observed = new double[groups];
    double[] expected = new double[groups];
    double[][] variance = new double[groups][groups];
    double[] risk = new double[groups];
    double[] weight = new double[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && (strata == null || strata[order[end]] == strata[order[start]])) {
        end++;
      }
      weights(order, start, end, time, event, rho, weight);
      Arrays.fill(risk, 0);
      accumulate(order, start, end, time, event, group, weight, risk, observed, expected, variance);
      start = end;
    }
    return test(rho, size, observed, expected, variance);
  }

  private static int[] groupSizes(int[] group, int groups) {
    if (groups < 2) {
      throw StatsMessages.error("logrank.singleGroup", groups);
    }
    int[] size = new int[groups];
    for (int i = 0; i < group.length; i++) {
      if (group[i] < 0 || group[i] >= groups) {
        throw StatsMessages.error("logrank.groupCode", i + 1, group[i], groups - 1);
      }
      size[group[i]]++;
    }
    for (int g = 0; g < groups; g++) {
      if (size[g] == 0) {
        throw StatsMessages.error("logrank.emptyGroup", g);
      }
    }
    return size;
  }

  /**
   * {@code w = S(t−)^ρ} at each position of the stratum [start, end), S the pooled Kaplan–Meier.
   */
  private static void weights(
      int[] order, int start, int end, double[] time, int[] event, double rho, double[] weight) {
    double km = 1;
    int i = start;
    while (i < end) {
      double t = time[order[i]];
      int j = i;
      int deaths = 0;
      while (j < end && time[order[j]] == t) {
        deaths += event[order[j]];
        j++;
      }
      double w = rho == 0 ? 1 : Math.pow(km, rho);
      for (int k = i; k < j; k++) {
        weight[k] = w;
      }
      km *= (double) (end - i - deaths) / (end - i);
      i = j;
    }
  }

  /** Walks the stratum backwards in time, so the risk set only grows. */
  private static void accumulate(
      int[] order,
      int start,
      int end,
      double[] time,
      int[] event,
      int[] group,
      double[] weight,
      double[] risk,
      double[] observed,
      double[] expected,
      double[][] variance) {
    int k = risk.length;
    double atRisk = 0;
    int i = end - 1;
    while (i >= start) {
      double t = time[order[i]];
      double w = weight[i];
      int deaths = 0;
      while (i >= start && time[order[i]] == t) {
        int g = group[order[i]];
        deaths += event[order[i]];
        risk[g]++;
        atRisk++;
        observed[g] += event[order[i]] * w;
        i--;
      }
      if (deaths == 0) {
        continue;
      }
      for (int g = 0; g < k; g++) {
        expected[g] += w * deaths * risk[g] / atRisk;
      }
      if (atRisk == 1) {
        continue;
      }
      double v = w * w * deaths * (atRisk - deaths) / (atRisk * (atRisk - 1));
      for (int g = 0; g < k; g++) {
        double vg = v * risk[g] / atRisk;
        variance[g][g] += vg * (atRisk - risk[g]);
        for (int h = g + 1; h < k; h++) {
          variance[g][h] -= vg * risk[h];
          variance[h][g] = variance[g][h];
        }
      }
    }
  }

  private static LogRankResult test(
      double rho, int[] size, double[] observed, double[] expected, double[][] variance) {
    int k = size.length;
    int[] kept = new int[k];
    int m = 0;
    for (int g = 0; g < k; g++) {
      if (expected[g] > 0) {
        kept[m++] = g;
      }
    }
    double chisq = 0;
    if (m >= 2) {
      RealMatrix v = new Array2DRowRealMatrix(m - 1, m - 1);
      ArrayRealVector diff = new ArrayRealVector(m - 1);
      for (int a = 1; a < m; a++) {
        diff.setEntry(a - 1, observed[kept[a]] - expected[kept[a]]);
        for (int b = 1; b < m; b++) {
          v.setEntry(a - 1, b - 1, variance[kept[a]][kept[b]]);
        }
      }
      DecompositionSolver solver = new LUDecomposition(v).getSolver();
      if (!solver.isNonSingular()) {
        throw StatsMessages.error("logrank.singular");
      }
      chisq = diff.dotProduct(solver.solve(diff));
    }
    int df = Math.max(m - 1, 0);
    double p = df == 0 ? Double.NaN : ChiSquaredDistribution.of(df).survivalProbability(chisq);
    return new LogRankResult(rho, size, observed, expected, variance, chisq, df, p);
  }
}
