package org.celltrial.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.stats.StatsMessages;

/**
 * The Kaplan–Meier estimator with Greenwood's variance, as R's {@code survfit(Surv(time, status) ~
 * group, conf.type = …, conf.int = level)} (survival 3.5-3), one row per distinct exit time:
 *
 * <pre>
 *   S(t_j) = ∏_{i ≤ j} (1 − d_i / n_i),   σ²(t_j) = Σ_{i ≤ j} d_i / (n_i (n_i − d_i))
 * </pre>
 *
 * where {@code n_i} is the number at risk just before {@code t_i} and {@code d_i} the events at
 * {@code t_i}; σ is the standard error of log S (R's {@code std.err}), infinite once everyone at
 * risk has failed. With delayed entry (left truncation, R's {@code Surv(entry, time, status)}) an
 * observation is at risk on {@code (entry, time]}: {@code n_i = #{entry < t_i ≤ time}}.
 *
 * <p>References: Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. JASA
 * 1958;53:457-481. Greenwood M. The natural duration of cancer. Rep Public Health Med Subj
 * 1926;33:1-26. Tsai W-Y, Jewell NP, Wang M-C. A note on the product-limit estimator under right
 * censoring and left truncation. Biometrika 1987;74:883-886.
 *
 * <p>Times are compared exactly; R's {@code survfit} first merges times closer than about 1.5e-8
 * relative ({@code aeqSurv}), which only matters for times that differ by rounding noise.
 */
public final class KaplanMeier {
  private KaplanMeier() {}

  /**
   * One curve over all observations.
   *
   * @param time exit times, finite and ≥ 0
   * @param event 1 = event at {@code time}, 0 = censored
   * @param entry entry times for delayed entry, each {@code 0 ≤ entry < time}; {@code null} when
   *     everyone is followed from time 0
   * @param confType how the pointwise confidence limits are formed
   * @param level two-sided confidence level in (0, 1)
   * @throws org.celltrial.common.i18n.CelltrialException naming the first bad value
   */
  public static KmCurve fit(
      double[] time, int[] event, double[] entry, ConfType confType, double level) {
    return byGroup(time, event, new int[time.length], entry, confType, level).get(0);
  }

  /**
   * One curve per group, in the order of the group codes.
   *
   * @param group group code of each observation, 0 to k − 1, with every code present
   * @see #fit(double[], int[], double[], ConfType, double)
   */
  public static List<KmCurve> byGroup(
      double[] time, int[] event, int[] group, double[] entry, ConfType confType, double level) {
    SurvivalChecks.check(time, event, group, entry);
    checkLevel(level);
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
    int groups = 0;
    for (int g : group) {
      groups = Math.max(groups, g + 1);
    }
    int[] size = new int[groups];
    for (int g : group) {
      size[g]++;
    }
    List<KmCurve> curves = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      if (size[g] == 0) {
        throw StatsMessages.error("km.emptyGroup", g, groups - 1);
      }
      double[] t = new double[size[g]];
      double[] eventTimes = new double[size[g]];
      double[] in = entry == null ? null : new double[size[g]];
      int k = 0;
      int d = 0;
      for (int i = 0; i < time.length; i++) {
        if (group[i] == g) {
          t[k] = time[i];
          if (in != null) {
            in[k] = entry[i];
          }
          k++;
          if (event[i] == 1) {
            eventTimes[d++] = time[i];
          }
        }
      }
      curves.add(curve(t, Arrays.copyOf(eventTimes, d), in, confType, level, z));
    }
    return List.copyOf(curves);
  }

  /**
   * The reverse Kaplan–Meier curve, whose median is the median follow-up: censorings are the events
   * and events are censorings, as R's {@code survfit(Surv(time, 1 − status) ~ group)}.
   *
   * <p>Reference: Schemper M, Smith TL. A note on quantifying follow-up in studies of failure time.
   * Control Clin Trials 1996;17:343-346.
   *
   * @see #byGroup(double[], int[], int[], double[], ConfType, double)
   */
  public static List<KmCurve> reverse(
      double[] time, int[] event, int[] group, double[] entry, ConfType confType, double level) {
    SurvivalChecks.check(time, event, group, entry);
    int[] flipped = new int[event.length];
    for (int i = 0; i < event.length; i++) {
      flipped[i] = 1 - event[i];
    }
    return byGroup(time, flipped, group, entry, confType, level);
  }

  private static KmCurve curve(
      double[] time,
      double[] eventTimes,
      double[] entry,
      ConfType confType,
      double level,
      double z) {
    Arrays.sort(time);
    Arrays.sort(eventTimes);
    if (entry != null) {
      Arrays.sort(entry);
    }
    int n = time.length;
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      if (time[i] != time[i - 1]) {
        distinct++;
      }
    }
    double[] t = new double[distinct];
    int[] nRisk = new int[distinct];
    int[] nEvent = new int[distinct];
    int[] nCensor = new int[distinct];
    double[] surv = new double[distinct];
    double[] stdErr = new double[distinct];
    double[] lower = new double[distinct];
    double[] upper = new double[distinct];
    double s = 1;
    double varLog = 0;
    int before = 0; // exits before the current time
    int ev = 0; // pointer into eventTimes
    int entered = 0; // entries strictly before the current time
    for (int j = 0; j < distinct; j++) {
      double tj = time[before];
      int end = before;
      while (end < n && time[end] == tj) {
        end++;
      }
      int d = 0;
      while (ev < eventTimes.length && eventTimes[ev] == tj) {
        ev++;
        d++;
      }
      int atRisk = n - before;
      if (entry != null) {
        while (entered < n && entry[entered] < tj) {
          entered++;
        }
        atRisk -= n - entered;
      }
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        varLog += d / ((double) atRisk * (atRisk - d));
      }
      t[j] = tj;
      nRisk[j] = atRisk;
      nEvent[j] = d;
      nCensor[j] = end - before - d;
      surv[j] = s;
      stdErr[j] = Math.sqrt(varLog);
      confType.limits(s, stdErr[j], z, lower, upper, j);
      before = end;
    }
    return new KmCurve(
        t,
        nRisk,
        nEvent,
        nCensor,
        surv,
        stdErr,
        lower,
        upper,
        n,
        eventTimes.length,
        confType,
        level);
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw StatsMessages.error("km.level", level);
    }
  }
}
