package org.celltrial.stats.kinetics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.celltrial.stats.StatsMessages;

/**
 * Non-compartmental analysis of a concentration–time profile after a single administration: the
 * expansion and persistence parameters of cellular kinetics (guideline G-PH-1: early trials collect
 * PK/PD).
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A value is quantifiable when it is &gt; 0 and ≥ the LLOQ; other values are BLQ.
 *   <li>Cmax is the largest quantifiable value and Tmax the first time it is reached; Clast and
 *       Tlast are the last quantifiable value and its time.
 *   <li>A BLQ value at or before Tmax counts as 0; after Tmax it is dropped or 0 ({@link
 *       BlqAfterPeak}). A profile without a quantifiable value is all 0.
 *   <li>Without a sample at time 0, a value of 0 at time 0 is added (the analyte is absent before
 *       administration; PKNCA's {@code impute = "start_conc0"}).
 *   <li>AUCs use the linear-up/log-down rule ({@link Trapezoid}); AUC0–end interpolates between the
 *       samples around {@code end} by the same rule and is undefined when the profile ends before
 *       {@code end} (no extrapolation).
 * </ol>
 */
public final class NonCompartmental {
  private NonCompartmental() {}

  /**
   * Analyses one subject.
   *
   * @param time sample times, finite, ≥ 0, distinct, in any order
   * @param conc concentrations, finite, ≥ 0
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad value
   */
  public static SubjectNca analyse(double[] time, double[] conc, NcaSettings settings) {
    check(time, conc);
    Integer[] order =
        IntStream.range(0, time.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> time[i]))
            .toArray(Integer[]::new);
    int n = time.length;
    double[] t = new double[n];
    double[] c = new double[n];
    boolean[] q = new boolean[n];
    int quantifiable = 0;
    int peak = -1;
    int last = -1;
    for (int k = 0; k < n; k++) {
      t[k] = time[order[k]];
      c[k] = conc[order[k]];
      if (k > 0 && t[k] == t[k - 1]) {
        throw StatsMessages.error("nca.duplicateTime", t[k]);
      }
      q[k] = c[k] > 0 && c[k] >= settings.lloq();
      if (q[k]) {
        quantifiable++;
        last = k;
        if (peak < 0 || c[k] > c[peak]) {
          peak = k;
        }
      }
    }
    List<Persistence> persistence = new ArrayList<>();
    for (double day : settings.persistDays()) {
      persistence.add(Persistence.at(day, t, q));
    }
    double[][] profile = profile(t, c, q, peak, settings.blqAfterPeak());
    double[] pt = profile[0];
    double[] pc = profile[1];
    double end = settings.aucEnd();
    Double aucEnd = pt[pt.length - 1] >= end ? Trapezoid.auc(pt, pc, end) : null;
    if (peak < 0) {
      return new SubjectNca(n, 0, 0, null, null, null, 0, aucEnd, List.copyOf(persistence));
    }
    return new SubjectNca(
        n,
        quantifiable,
        c[peak],
        t[peak],
        c[last],
        t[last],
        Trapezoid.auc(pt, pc, t[last]),
        aucEnd,
        List.copyOf(persistence));
  }

  /** The profile integrated: BLQ rule applied, 0 at time 0 added when missing. */
  private static double[][] profile(
      double[] t, double[] c, boolean[] q, int peak, BlqAfterPeak afterPeak) {
    int n = t.length;
    double[] pt = new double[n + 1];
    double[] pc = new double[n + 1];
    int m = 0;
    if (t[0] > 0) {
      pt[m] = 0;
      pc[m++] = 0;
    }
    for (int k = 0; k < n; k++) {
      if (q[k]) {
        pt[m] = t[k];
        pc[m++] = c[k];
      } else if (peak < 0 || k < peak || afterPeak == BlqAfterPeak.ZERO) {
        pt[m] = t[k];
        pc[m++] = 0;
      }
    }
    return new double[][] {Arrays.copyOf(pt, m), Arrays.copyOf(pc, m)};
  }

  private static void check(double[] time, double[] conc) {
    if (time.length != conc.length) {
      throw StatsMessages.error("nca.length", time.length, conc.length);
    }
    if (time.length == 0) {
      throw StatsMessages.error("nca.empty");
    }
    for (int i = 0; i < time.length; i++) {
      if (!(time[i] >= 0) || Double.isInfinite(time[i])) {
        throw StatsMessages.error("nca.time", i + 1, time[i]);
      }
      if (!(conc[i] >= 0) || Double.isInfinite(conc[i])) {
        throw StatsMessages.error("nca.conc", i + 1, conc[i]);
      }
    }
  }
}
