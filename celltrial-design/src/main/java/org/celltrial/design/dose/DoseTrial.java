package org.celltrial.design.dose;

import java.util.SplittableRandom;

/** One design's conduct of a trial, simulated for given true DLT rates. */
sealed interface DoseTrial permits IntervalTrial, ThreePlusThreeTrial, CrmTrial {
  /** Runs one trial into {@code out} (already reset), drawing outcomes from {@code rng}. */
  void run(double[] trueTox, SplittableRandom rng, TrialRecord out);
}
