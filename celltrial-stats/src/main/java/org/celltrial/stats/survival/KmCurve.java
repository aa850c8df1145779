package org.celltrial.stats.survival;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.stats.StatsMessages;

/**
 * A Kaplan–Meier curve, one row per distinct exit time (event or censoring), as the components of
 * R's {@code survfit} object. Built by {@link KaplanMeier}; arrays are copied on the way out, so
 * the curve cannot change.
 *
 * @param time distinct exit times, increasing
 * @param nRisk number at risk just before each time
 * @param nEvent events at each time
 * @param nCensor censorings at each time
 * @param surv S(t)
 * @param stdErr Greenwood standard error of log S (R's {@code std.err}); infinite once S = 0
 * @param lower lower confidence limit, NaN where R gives NA
 * @param upper upper confidence limit, NaN where R gives NA
 * @param n number of observations
 * @param events number of events
 * @param confType how the limits were formed
 * @param level two-sided confidence level
 */
public record KmCurve(
    double[] time,
    int[] nRisk,
    int[] nEvent,
    int[] nCensor,
    double[] surv,
    double[] stdErr,
    double[] lower,
    double[] upper,
    int n,
    int events,
    ConfType confType,
    double level) {

  /** Number of rows (distinct exit times). */
  public int size() {
    return time.length;
  }

  /** The last observed time, event or censored: the end of follow-up. */
  public double lastTime() {
    return time[time.length - 1];
  }

  /** The Greenwood standard error of S on the survival scale, S·σ (NaN where S = 0). */
  public double[] seSurv() {
    double[] out = new double[surv.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = stdErr[i] * surv[i];
    }
    return out;
  }

  /**
   * The curve read at each landmark time (R's {@code summary(fit, times, extend = TRUE)}).
   *
   * @param times landmark times, finite and ≥ 0, in any order
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad time
   */
  public List<Landmark> landmarks(double... times) {
    List<Landmark> out = new ArrayList<>(times.length);
    for (double t : times) {
      if (!(Double.isFinite(t) && t >= 0)) {
        throw StatsMessages.error("km.landmark", t);
      }
      int atOrBefore = lastAtOrBefore(t);
      int atOrAfter = atOrBefore >= 0 && time[atOrBefore] == t ? atOrBefore : atOrBefore + 1;
      int risk = atOrAfter < time.length ? nRisk[atOrAfter] : 0;
      if (atOrBefore < 0) {
        out.add(new Landmark(t, 1, 0, 1, 1, risk, false));
      } else {
        int i = atOrBefore;
        out.add(
            new Landmark(
                t, surv[i], stdErr[i] * surv[i], lower[i], upper[i], risk, t > lastTime()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Quantiles of the event-time distribution with confidence limits, as R's {@code quantile(fit,
   * probs)}; see {@link QuantileFinder} for the rule.
   *
   * @param probs probabilities strictly between 0 and 1
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad probability
   */
  public List<Quantile> quantiles(double... probs) {
    return quantileSets(probs).get(0);
  }

  /** The median with its confidence interval, R's {@code quantile(fit, 0.5)}. */
  public Quantile median() {
    return quantileSets(new double[] {0.5}).get(0).get(0);
  }

  /**
   * Several sets of quantiles from one pass over the curve, each set as its own call of R's {@code
   * quantile(fit, probs)} (the sets can differ: R gives NA for a whole call when the curve never
   * reaches its smallest probability).
   *
   * @see #quantiles(double...)
   */
  public List<List<Quantile>> quantileSets(double[]... sets) {
    for (double[] probs : sets) {
      for (double p : probs) {
        if (!(p > 0 && p < 1)) {
          throw StatsMessages.error("km.quantile", p);
        }
      }
    }
    QuantileFinder onSurv = new QuantileFinder(time, surv);
    QuantileFinder onLower = new QuantileFinder(time, lower);
    QuantileFinder onUpper = new QuantileFinder(time, upper);
    List<List<Quantile>> out = new ArrayList<>(sets.length);
    for (double[] probs : sets) {
      double[] estimate = onSurv.find(probs);
      double[] low = onLower.find(probs);
      double[] high = onUpper.find(probs);
      List<Quantile> set = new ArrayList<>(probs.length);
      for (int k = 0; k < probs.length; k++) {
        set.add(new Quantile(probs[k], estimate[k], low[k], high[k]));
      }
      out.add(List.copyOf(set));
    }
    return List.copyOf(out);
  }

  /** Index of the last time ≤ t, or −1. */
  private int lastAtOrBefore(double t) {
    int lo = 0;
    int hi = time.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  @Override
  public double[] time() {
    return time.clone();
  }

  @Override
  public int[] nRisk() {
    return nRisk.clone();
  }

  @Override
  public int[] nEvent() {
    return nEvent.clone();
  }

  @Override
  public int[] nCensor() {
    return nCensor.clone();
  }

  @Override
  public double[] surv() {
    return surv.clone();
  }

  @Override
  public double[] stdErr() {
    return stdErr.clone();
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public double[] upper() {
    return upper.clone();
  }
}
