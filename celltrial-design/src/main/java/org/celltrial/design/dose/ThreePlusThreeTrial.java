package org.celltrial.design.dose;

import java.util.SplittableRandom;

/**
 * A trial run by the 3+3 rules of {@link ThreePlusThree}. The maximum sample size caps it: when the
 * next cohort of 3 would exceed it the trial stops and the MTD is the highest dose with ≤ 1/6 below
 * every dose that exceeded the MTD, if any.
 */
final class ThreePlusThreeTrial implements DoseTrial {
  private static final int C = ThreePlusThree.COHORT;
  private final int maxN;

  ThreePlusThreeTrial(int maxN) {
    this.maxN = maxN;
  }

  @Override
  public void run(double[] p, SplittableRandom rng, TrialRecord out) {
    int top = p.length - 1;
    int total = 0;
    int d = 0;
    while (true) {
      if (total + C > maxN) {
        out.selected = highestCleared(out, d);
        return;
      }
      out.treat(d, C, p[d], rng);
      total += C;
      if (out.dlt[d] >= 2) {
        break;
      }
      boolean expand = out.n[d] == C && (out.dlt[d] == 1 || d == top);
      if (expand) {
        continue;
      }
      if (d == top) {
        out.selected = top;
        return;
      }
      d++;
    }
    for (int j = d - 1; j >= 0; j--) {
      if (out.n[j] == C) {
        if (total + C > maxN) {
          out.selected = highestCleared(out, j);
          return;
        }
        out.treat(j, C, p[j], rng);
        total += C;
      }
      if (out.dlt[j] <= 1) {
        out.selected = j;
        return;
      }
    }
    out.earlyStop = true;
  }

  /** The highest dose below {@code below} with 6 patients and ≤ 1 DLT, or -1. */
  private static int highestCleared(TrialRecord out, int below) {
    for (int j = below - 1; j >= 0; j--) {
      if (out.n[j] == 2 * C && out.dlt[j] <= 1) {
        return j;
      }
    }
    return -1;
  }
}
