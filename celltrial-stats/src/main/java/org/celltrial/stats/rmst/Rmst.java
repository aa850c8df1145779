package org.celltrial.stats.rmst;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.stats.StatsMessages;
import org.celltrial.stats.survival.KmCurve;

/**
 * Restricted mean survival time (RMST): the area under the Kaplan–Meier curve from 0 to tau, with
 * the variance of R's {@code survival:::survmean} ({@code print(fit, rmean = tau)}, survival
 * 3.5-3):
 *
 * <pre>
 *   μ(τ) = Σ_j (t_j − t_{j−1}) · S(t_{j−1})   over the times t_j ≤ τ and τ itself, t_0 = 0, S(t_0) = 1
 *   Var μ(τ) = Σ_{t_i ≤ τ} A_i² · d_i / (n_i (n_i − d_i)),   A_i = ∫_{t_i}^{τ} S(u) du
 * </pre>
 *
 * with terms where {@code n_i = d_i} set to 0, as R does. Intervals are normal, {@code μ ± z·se},
 * as survRM2's {@code rmst2}.
 *
 * <p>Rule for tau: it must be positive and must not exceed the last observed time (event or
 * censoring) of any group compared; beyond it the curve is not estimated. This is survRM2's rule
 * (tau at most the smallest of the groups' largest observed times). R's {@code survmean} instead
 * carries the last value of S forward to any tau.
 *
 * <p>References: Royston P, Parmar MKB. Restricted mean survival time: an alternative to the hazard
 * ratio for the design and analysis of randomized trials with a time-to-event outcome. BMC Med Res
 * Methodol 2013;13:152. Uno H, Claggett B, Tian L, et al. Moving beyond the hazard ratio in
 * quantifying the between-group difference in survival analysis. J Clin Oncol 2014;32:2380-2385.
 */
public final class Rmst {
  private Rmst() {}

  /**
   * The RMST of one curve up to tau.
   *
   * @param name how the group is named in an error message
   * @throws org.celltrial.common.i18n.CelltrialException when tau is not positive or lies beyond
   *     the curve's last observed time
   */
  public static RmstEstimate of(KmCurve curve, double tau, String name) {
    if (!(Double.isFinite(tau) && tau > 0)) {
      throw StatsMessages.error("rmst.tau", tau);
    }
    if (tau > curve.lastTime()) {
      throw StatsMessages.error("rmst.tauBeyond", tau, curve.lastTime(), name);
    }
    double[] time = curve.time();
    double[] surv = curve.surv();
    int[] nRisk = curve.nRisk();
    int[] nEvent = curve.nEvent();
    int kept = 0;
    while (kept < time.length && time[kept] <= tau) {
      kept++;
    }
    // rectangle j spans (t_{j-1}, t_j] at height S(t_{j-1}); the last one ends at tau
    double[] rect = new double[kept + 1];
    double previousTime = 0;
    double previousSurv = 1;
    double area = 0;
    for (int j = 0; j <= kept; j++) {
      double tj = j < kept ? time[j] : tau;
      rect[j] = (tj - previousTime) * previousSurv;
      area += rect[j];
      previousTime = tj;
      previousSurv = j < kept ? surv[j] : previousSurv;
    }
    double variance = 0;
    double after = 0; // area from t_i to tau
    for (int i = kept - 1; i >= 0; i--) {
      after += rect[i + 1];
      int d = nEvent[i];
      int r = nRisk[i];
      if (d > 0 && r > d) {
        variance += after * after * d / ((double) r * (r - d));
      }
    }
    double se = Math.sqrt(variance);
    double z = z(curve.level());
    return new RmstEstimate(tau, area, se, area - z * se, area + z * se, curve.level());
  }

  /** {@code group − reference}, two independent estimates at the same tau and level. */
  public static RmstDifference difference(RmstEstimate group, RmstEstimate reference) {
    double estimate = group.estimate() - reference.estimate();
    double se = Math.hypot(group.se(), reference.se());
    double z = z(group.level());
    double p =
        se > 0
            ? 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(estimate / se))
            : Double.NaN;
    return new RmstDifference(
        group.tau(), estimate, se, estimate - z * se, estimate + z * se, p, group.level());
  }

  private static double z(double level) {
    return NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
  }
}
