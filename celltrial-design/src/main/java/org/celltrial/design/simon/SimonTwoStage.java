package org.celltrial.design.simon;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.RateHypotheses;

/**
 * Exact search for Simon two-stage designs (Simon R. Optimal two-stage designs for phase II
 * clinical trials. Control Clin Trials 1989;10:1-10; Jung SH, Lee T, Kim K, George SL. Admissible
 * two-stage designs for phase II cancer clinical trials. Stat Med 2004;23:561-569).
 *
 * <p>Every (n, n1, r1) with 1 ≤ n1 &lt; n ≤ maxN and 0 ≤ r1 &lt; n1 is enumerated; for each, the
 * smallest r ≥ r1 with size {@code P(X1 > r1, X1 + X2 > r | p0) ≤ α} is kept (the smallest r has
 * the largest power, and r changes neither PET0 nor EN0), and the design counts when its power at
 * p1 reaches 1 − β. The size falls as r1 or r grows, so for fixed (n, n1) the smallest feasible r
 * never increases with r1: one pointer walks r down while r1 walks up, giving O(n) size evaluations
 * per (n, n1) instead of O(n²).
 *
 * @param hypotheses p0, p1, α and power
 * @param maxN the largest total sample size searched, 2 … {@value #MAX_N_LIMIT}
 */
public record SimonTwoStage(RateHypotheses hypotheses, int maxN) {
  /** Upper bound for {@code maxN}, to keep the O(n⁴) search within seconds. */
  public static final int MAX_N_LIMIT = 200;

  /** The default {@code maxN}. */
  public static final int DEFAULT_MAX_N = 100;

  /**
   * Validates the search limit.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the bad value
   */
  public SimonTwoStage {
    if (maxN < 2 || maxN > MAX_N_LIMIT) {
      throw DesignMessages.error("simon.maxN", maxN, MAX_N_LIMIT);
    }
  }

  /**
   * Finds the optimal, minimax and admissible designs.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when no design up to maxN has the required
   *     size and power
   */
  public SimonPlan solve() {
    BinomialTables null0 = new BinomialTables(hypotheses.p0(), maxN);
    BinomialTables alt = new BinomialTables(hypotheses.p1(), maxN);
    SimonDesign[] bestByN = new SimonDesign[maxN + 1];
    for (int n = 2; n <= maxN; n++) {
      for (int n1 = 1; n1 < n; n1++) {
        bestByN[n] = bestForStageOne(null0, alt, n, n1, bestByN[n]);
      }
    }
    SimonDesign minimax = null;
    SimonDesign optimal = null;
    List<SimonDesign> candidates = new ArrayList<>();
    for (int n = 2; n <= maxN; n++) {
      SimonDesign d = bestByN[n];
      if (d == null) {
        continue;
      }
      candidates.add(d);
      if (minimax == null) {
        minimax = d;
      }
      if (optimal == null || d.en0() < optimal.en0()) {
        optimal = d;
      }
    }
    if (minimax == null) {
      throw DesignMessages.error("simon.notFound", maxN, hypotheses.alpha(), hypotheses.power());
    }
    return new SimonPlan(this, optimal, minimax, Admissible.of(candidates));
  }

  /** The smallest-EN0 feasible design with this n and n1, or {@code best} if none beats it. */
  private SimonDesign bestForStageOne(
      BinomialTables null0, BinomialTables alt, int n, int n1, SimonDesign best) {
    int n2 = n - n1;
    double alpha = hypotheses.alpha();
    int pointer = n - 1;
    for (int r1 = 0; r1 < n1; r1++) {
      if (null0.reject(r1, n1, pointer, n2) > alpha) {
        continue;
      }
      while (pointer > 0 && null0.reject(r1, n1, pointer - 1, n2) <= alpha) {
        pointer--;
      }
      int r = Math.max(pointer, r1);
      double power = alt.reject(r1, n1, r, n2);
      if (power < hypotheses.power()) {
        continue;
      }
      double pet0 = 1 - null0.above(n1, r1);
      double en0 = n1 + (1 - pet0) * n2;
      if (best == null || en0 < best.en0()) {
        best = new SimonDesign(r1, n1, r, n, null0.reject(r1, n1, r, n2), power, pet0, en0);
      }
    }
    return best;
  }
}
