package org.celltrial.stats.competing;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.celltrial.stats.StatsMessages;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Gray's k-sample test for the equality of cumulative incidence functions of one cause, stratified
 * if asked, as {@code cmprsk::cuminc(ftime, fstatus, group, strata, rho)$Tests}.
 *
 * <p>Within a stratum, at each distinct time with {@code d1} events of the cause overall, the score
 * of group k gains {@code w·(d1_k − d1·R_k/Σ_r R_r)}, where {@code R_k = Y_k·(1 − F_k(t−))/S_k(t−)}
 * (Y at risk, F the group's cumulative incidence, S its all-cause Kaplan–Meier) and the weight
 * {@code w = (1 − F(t−))^ρ} uses the pooled incidence. Scores of the first g − 1 groups and their
 * variance (Gray's asymptotic estimator, built from the same sums) add up over strata; the
 * statistic {@code s'V⁻¹s} is chi-square with g − 1 degrees of freedom (Gray RJ. A class of
 * K-sample tests for comparing the cumulative incidence of a competing risk. Ann Stat
 * 1988;16:1141-1154).
 */
public final class GrayTest {
  private GrayTest() {}

  /**
   * One test per cause that occurs (ascending).
   *
   * @param time follow-up times, finite and ≥ 0
   * @param status 0 = censored, otherwise the cause code
   * @param group group codes 0…groups−1, at least two groups, none empty
   * @param groups the number of groups
   * @param strata stratum codes 0…strataCount−1 (all 0 for an unstratified test)
   * @param strataCount the number of strata
   * @param rho the power of the weight; cuminc's default is 0
   * @throws org.celltrial.common.i18n.CelltrialException for bad input, a single group or a
   *     singular score variance
   */
  public static List<GrayTestResult> test(
      double[] time,
      int[] status,
      int[] group,
      int groups,
      int[] strata,
      int strataCount,
      double rho) {
    CompetingInput.check(time, status);
    CompetingInput.checkGroups(group, groups, time.length, "group");
    CompetingInput.checkGroups(strata, strataCount, time.length, "strata");
    if (groups < 2) {
      throw StatsMessages.error("gray.oneGroup", groups);
    }
    if (!Double.isFinite(rho)) {
      throw StatsMessages.error("gray.rho", rho);
    }
    int[] order = CompetingInput.order(time);
    List<GrayTestResult> out = new ArrayList<>();
    for (int cause : CompetingInput.causes(status)) {
      GrayScore total = new GrayScore(groups);
      for (int st = 0; st < strataCount; st++) {
        total.add(stratum(time, status, group, strata, st, cause, order, groups, rho));
      }
      out.add(result(cause, total, groups));
    }
    return out;
  }

  /** Unstratified test with ρ = 0, cuminc's default. */
  public static List<GrayTestResult> test(double[] time, int[] status, int[] group, int groups) {
    return test(time, status, group, groups, new int[time.length], 1, 0);
  }

  private static GrayScore stratum(
      double[] time,
      int[] status,
      int[] group,
      int[] strata,
      int st,
      int cause,
      int[] order,
      int groups,
      double rho) {
    int n = 0;
    for (int i : order) {
      if (strata[i] == st) {
        n++;
      }
    }
    double[] y = new double[n];
    int[] kind = new int[n];
    int[] g = new int[n];
    int k = 0;
    for (int i : order) {
      if (strata[i] == st) {
        y[k] = time[i];
        kind[k] = status[i] == 0 ? 0 : status[i] == cause ? 1 : 2;
        g[k++] = group[i];
      }
    }
    return GrayScore.of(y, kind, g, groups, rho);
  }

  private static GrayTestResult result(int cause, GrayScore score, int groups) {
    int df = groups - 1;
    double[][] v = score.variance();
    double scale = 0;
    for (int i = 0; i < df; i++) {
      scale = Math.max(scale, Math.abs(v[i][i]));
    }
    DecompositionSolver solver =
        new QRDecomposition(MatrixUtils.createRealMatrix(v), 1e-10 * scale).getSolver();
    if (!(scale > 0) || !solver.isNonSingular()) {
      throw StatsMessages.error("gray.singular", cause);
    }
    RealVector s = MatrixUtils.createRealVector(score.score());
    double statistic = s.dotProduct(solver.solve(s));
    double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
    return new GrayTestResult(cause, statistic, df, p);
  }
}
