package org.celltrial.design.dose;

import java.util.Arrays;
import java.util.SplittableRandom;

/** What one simulated trial did; reused from trial to trial by one worker. */
final class TrialRecord {
  final int[] n;
  final int[] dlt;
  int selected;
  boolean earlyStop;
  int windows;

  TrialRecord(int doses) {
    n = new int[doses];
    dlt = new int[doses];
  }

  void reset() {
    Arrays.fill(n, 0);
    Arrays.fill(dlt, 0);
    selected = -1;
    earlyStop = false;
    windows = 0;
  }

  /**
   * Treats a cohort of {@code size} at dose {@code d} and counts its DLTs. Staggered enrolment: the
   * first cohort at a dose never used before (size &gt; 1) treats one sentinel patient, observed
   * over a full DLT window, before the others, so it takes two windows; any other cohort takes one.
   * Duration only; the decision uses the whole cohort.
   */
  void treat(int d, int size, double trueTox, SplittableRandom rng) {
    windows += n[d] == 0 && size > 1 ? 2 : 1;
    int tox = 0;
    for (int i = 0; i < size; i++) {
      if (rng.nextDouble() < trueTox) {
        tox++;
      }
    }
    n[d] += size;
    dlt[d] += tox;
  }
}
