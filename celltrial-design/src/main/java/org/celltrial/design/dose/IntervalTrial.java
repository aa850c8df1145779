package org.celltrial.design.dose;

import java.util.SplittableRandom;

/**
 * A trial run by an interval design (BOIN, i3+3) as {@code get.oc} of the R package BOIN: start at
 * the lowest dose; after each cohort apply the decision table at the current dose; an eliminated
 * dose and all above are never used again (escalation into them becomes stay); stop early without
 * an MTD when the lowest dose is eliminated; otherwise stop at the maximum sample size (a last
 * cohort is cut to fit) and select the MTD by {@link IsotonicMtd}.
 */
final class IntervalTrial implements DoseTrial {
  private final double target;
  private final int cohort;
  private final int maxN;
  private final DecisionTable table;

  IntervalTrial(double target, int cohort, int maxN, DecisionTable table) {
    this.target = target;
    this.cohort = cohort;
    this.maxN = maxN;
    this.table = table;
  }

  @Override
  public void run(double[] trueTox, SplittableRandom rng, TrialRecord out) {
    int d = 0;
    int highest = trueTox.length - 1;
    int total = 0;
    while (total < maxN) {
      int size = Math.min(cohort, maxN - total);
      out.treat(d, size, trueTox[d], rng);
      total += size;
      switch (table.decideUnchecked(out.n[d], out.dlt[d])) {
        case ELIMINATE -> {
          highest = d - 1;
          if (d == 0) {
            out.earlyStop = true;
            return;
          }
          d--;
        }
        case ESCALATE -> d = Math.min(d + 1, highest);
        case DE_ESCALATE -> d = Math.max(d - 1, 0);
        case STAY -> {}
      }
    }
    out.selected = IsotonicMtd.selectBelow(target, out.n, out.dlt, highest);
  }
}
