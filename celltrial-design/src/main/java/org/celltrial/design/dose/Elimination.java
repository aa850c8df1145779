package org.celltrial.design.dose;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The dose-elimination (overdose control) rule of BOIN (Liu &amp; Yuan 2015, Section 2.3) and i3+3
 * (Liu, Wang &amp; Ji 2020): once at least 3 patients are treated at a dose, the dose and all
 * higher doses are eliminated when {@code P(p > φ | y, n) > 0.95} under a Beta(1, 1) prior, i.e.
 * {@code 1 − pbeta(φ, y + 1, n − y + 1) > 0.95}.
 */
public final class Elimination {
  /** Posterior probability above which a dose is eliminated. */
  public static final double CUTOFF = 0.95;

  /** Fewest patients at a dose before the rule applies. */
  public static final int MIN_PATIENTS = 3;

  private Elimination() {}

  /** {@code P(p > φ | y, n)} under a Beta(1, 1) prior. */
  public static double posteriorAbove(double target, int n, int dlt) {
    return BetaDistribution.of(dlt + 1.0, n - dlt + 1.0).survivalProbability(target);
  }

  /** Whether {@code dlt} DLTs among {@code n} patients eliminate the dose. */
  public static boolean eliminates(double target, int n, int dlt) {
    return n >= MIN_PATIENTS && posteriorAbove(target, n, dlt) > CUTOFF;
  }
}
