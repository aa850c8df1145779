package org.celltrial.stats.competing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aalen–Johansen cumulative incidence of each cause, by group, with the variance estimator of
 * {@code cmprsk::cuminc} (Gray's {@code cinc}).
 *
 * <p>At each distinct time {@code t_j} with {@code n_j} at risk, {@code d1_j} events of the cause
 * and {@code d2_j} of other causes, with {@code S} the all-cause Kaplan–Meier just before {@code
 * t_j} and {@code S⁺ = S·(n_j − d_j)/n_j} just after: {@code F(t_j) = F(t_{j−1}) + S·d1_j/n_j}. The
 * variance is {@code V(t) = v1 + F(t)²·v3 − 2·F(t)·v2}, the sums running over times ≤ t: each cause
 * event adds, with {@code a = 1/S⁺} (0 when S⁺ = 0), {@code b = 1 + a·F(t_j)} and {@code w =
 * S²·c·d1_j/n_j²}, the terms {@code b²w, a·b·w, a²w} to (v1, v2, v3); each competing event (when S⁺
 * > 0) adds {@code (F/S⁺)²w, F/S⁺²·w, w/S⁺²} with {@code w = S²·c·d2_j/n_j²}. Tied events count
 * with {@code c = 1 − (d − 1)/(n_j − 1)}. As in cuminc, V is recorded only at times of the cause
 * (Aalen O, Scand J Stat 1978;5:141-150; Gray RJ, cmprsk 2.2-11; Marubini E, Valsecchi MG,
 * Analysing Survival Data from Clinical Trials and Observational Studies, Wiley 1995, §10.2).
 *
 * <p>This is how non-relapse mortality (G-EP-1, G-EP-9) and relapse incidence are reported: 1 − KM
 * of one cause, censoring the others, overstates it because it treats subjects who died of another
 * cause as if they could still have the event.
 */
public final class CumulativeIncidence {
  private CumulativeIncidence() {}

  /**
   * Curves for every cause that occurs (ascending), and within a cause for every group 0…g−1, in
   * cuminc's order.
   *
   * @param time follow-up times, finite and ≥ 0
   * @param status 0 = censored, otherwise the cause code (≥ 1)
   * @param group group codes 0…groups−1, each group non-empty
   * @param groups the number of groups
   * @throws org.celltrial.common.i18n.CelltrialException naming the first bad value
   */
  public static List<IncidenceCurve> estimate(
      double[] time, int[] status, int[] group, int groups) {
    CompetingInput.check(time, status);
    CompetingInput.checkGroups(group, groups, time.length, "group");
    int[] causes = CompetingInput.causes(status);
    int[] order = CompetingInput.order(time);
    List<IncidenceCurve> curves = new ArrayList<>();
    for (int cause : causes) {
      for (int g = 0; g < groups; g++) {
        curves.add(curve(time, status, group, g, cause, order));
      }
    }
    return curves;
  }

  /** Curves for every cause that occurs, all subjects in one group (code 0). */
  public static List<IncidenceCurve> estimate(double[] time, int[] status) {
    return estimate(time, status, new int[time.length], 1);
  }

  private static IncidenceCurve curve(
      double[] time, int[] status, int[] group, int g, int cause, int[] order) {
    int n = 0;
    for (int i : order) {
      if (group[i] == g) {
        n++;
      }
    }
    double[] y = new double[n];
    int[] s = new int[n];
    int k = 0;
    for (int i : order) {
      if (group[i] == g) {
        y[k] = time[i];
        s[k++] = status[i];
      }
    }
    Steps out = new Steps(n);
    double survival = 1;
    double v1 = 0;
    double v2 = 0;
    double v3 = 0;
    double atRisk = n;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && y[end + 1] == y[start]) {
        end++;
      }
      int d1 = 0;
      int d2 = 0;
      for (int i = start; i <= end; i++) {
        if (s[i] == cause) {
          d1++;
        } else if (s[i] != 0) {
          d2++;
        }
      }
      if (d1 + d2 > 0) {
        double after = survival * (atRisk - d1 - d2) / atRisk;
        if (d1 > 0) {
          out.jump(y[start], out.last() + survival * d1 / atRisk);
        }
        double f = out.last();
        if (d2 > 0 && after > 0) {
          double w = weight(survival, d2, atRisk);
          double a = 1 / after;
          double b = f / after;
          v1 += b * b * w;
          v2 += a * b * w;
          v3 += a * a * w;
        }
        if (d1 > 0) {
          double w = weight(survival, d1, atRisk);
          double a = after > 0 ? 1 / after : 0;
          double b = 1 + a * f;
          v1 += b * b * w;
          v2 += a * b * w;
          v3 += a * a * w;
          out.setVariance(v1 + f * f * v3 - 2 * f * v2);
        }
        survival = after;
      }
      atRisk = n - end - 1;
      start = end + 1;
    }
    out.end(y[n - 1]);
    return new IncidenceCurve(g, cause, out.time(), out.estimate(), out.variance());
  }

  /** {@code S²·c·d/n²} with the tie correction {@code c = 1 − (d − 1)/(n − 1)}. */
  private static double weight(double survival, int d, double atRisk) {
    double ties = d > 1 ? 1 - (d - 1.0) / (atRisk - 1.0) : 1;
    return survival * survival * ties * d / (atRisk * atRisk);
  }

  /** The corners of a step function as cuminc lays them out. */
  private static final class Steps {
    private final double[] time;
    private final double[] estimate;
    private final double[] variance;
    private int size = 1;

    Steps(int n) {
      time = new double[2 * n + 2];
      estimate = new double[2 * n + 2];
      variance = new double[2 * n + 2];
    }

    double last() {
      return estimate[size - 1];
    }

    void jump(double t, double value) {
      time[size] = t;
      estimate[size] = estimate[size - 1];
      variance[size] = variance[size - 1];
      time[size + 1] = t;
      estimate[size + 1] = value;
      size += 2;
    }

    void setVariance(double v) {
      variance[size - 1] = v;
    }

    void end(double t) {
      time[size] = t;
      estimate[size] = estimate[size - 1];
      variance[size] = variance[size - 1];
      size++;
    }

    double[] time() {
      return Arrays.copyOf(time, size);
    }

    double[] estimate() {
      return Arrays.copyOf(estimate, size);
    }

    double[] variance() {
      return Arrays.copyOf(variance, size);
    }
  }
}
