package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * One group's transgene levels over the nominal days of the sampling schedule, for the expansion
 * figure: median and interquartile range of the subjects sampled at each day (BLQ counted as 0).
 *
 * <p>A sample belongs to the nominal day nearest to its day ({@link #NOMINAL_DAYS}; ties to the
 * earlier), a subject's sample nearest to that nominal day representing the subject there.
 * Quartiles are R's {@code quantile(x, type = 7)}: with the n values sorted, {@code h = (n − 1)·p},
 * {@code q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])} (0-based; Hyndman RJ, Fan Y. Sample
 * quantiles in statistical packages. Am Stat 1996;50:361-365).
 *
 * @param figure {@code expansion-dose} or {@code expansion-response}
 * @param label the group's name in the legend
 * @param day the nominal days with at least one sample, ascending
 * @param n subjects sampled at each day
 * @param q1 first quartile at each day, copies/µg
 * @param median median at each day, copies/µg
 * @param q3 third quartile at each day, copies/µg
 */
public record ExpansionCurve(
    String figure,
    Message label,
    double[] day,
    int[] n,
    double[] q1,
    double[] median,
    double[] q3) {

  /**
   * The nominal schedule: day 0 (before infusion), days 1, 4, 7, 10, 14, 21, 28 and months 2, 3, 6,
   * 9, 12 as day round(30.4375·m).
   */
  public static final double[] NOMINAL_DAYS = {0, 1, 4, 7, 10, 14, 21, 28, 61, 91, 183, 274, 365};

  /** Copies the arrays. */
  public ExpansionCurve {
    day = day.clone();
    n = n.clone();
    q1 = q1.clone();
    median = median.clone();
    q3 = q3.clone();
  }

  /** The curve of one group's profiles. */
  static ExpansionCurve of(String figure, Message label, List<KineticProfile> profiles) {
    int k = NOMINAL_DAYS.length;
    List<List<Double>> values = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      values.add(new ArrayList<>());
    }
    for (KineticProfile p : profiles) {
      double[] d = p.day();
      double[] c = p.copies();
      int[] best = new int[k];
      Arrays.fill(best, -1);
      for (int s = 0; s < d.length; s++) {
        int slot = nominal(d[s]);
        int b = best[slot];
        double dist = Math.abs(d[s] - NOMINAL_DAYS[slot]);
        if (b < 0
            || dist < Math.abs(d[b] - NOMINAL_DAYS[slot])
            || (dist == Math.abs(d[b] - NOMINAL_DAYS[slot]) && d[s] < d[b])) {
          best[slot] = s;
        }
      }
      for (int i = 0; i < k; i++) {
        if (best[i] >= 0) {
          values.get(i).add(c[best[i]]);
        }
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (!values.get(i).isEmpty()) {
        kept.add(i);
      }
    }
    int m = kept.size();
    double[] day = new double[m];
    int[] n = new int[m];
    double[] q1 = new double[m];
    double[] med = new double[m];
    double[] q3 = new double[m];
    for (int j = 0; j < m; j++) {
      int i = kept.get(j);
      double[] x = values.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      day[j] = NOMINAL_DAYS[i];
      n[j] = x.length;
      q1[j] = quantile(x, 0.25);
      med[j] = quantile(x, 0.5);
      q3[j] = quantile(x, 0.75);
    }
    return new ExpansionCurve(figure, label, day, n, q1, med, q3);
  }

  /** The index of the nominal day nearest to {@code d}; ties to the earlier. */
  static int nominal(double d) {
    int best = 0;
    for (int i = 1; i < NOMINAL_DAYS.length; i++) {
      if (Math.abs(d - NOMINAL_DAYS[i]) < Math.abs(d - NOMINAL_DAYS[best])) {
        best = i;
      }
    }
    return best;
  }

  /** R's type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= sorted.length) {
      return sorted[lo];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  @Override
  public double[] day() {
    return day.clone();
  }

  @Override
  public int[] n() {
    return n.clone();
  }

  @Override
  public double[] q1() {
    return q1.clone();
  }

  @Override
  public double[] median() {
    return median.clone();
  }

  @Override
  public double[] q3() {
    return q3.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpansionCurve c
        && figure.equals(c.figure)
        && label.equals(c.label)
        && Arrays.equals(day, c.day)
        && Arrays.equals(n, c.n)
        && Arrays.equals(q1, c.q1)
        && Arrays.equals(median, c.median)
        && Arrays.equals(q3, c.q3);
  }

  @Override
  public int hashCode() {
    return figure.hashCode() * 31 + Arrays.hashCode(median);
  }

  @Override
  public String toString() {
    return "ExpansionCurve[" + figure + ", " + day.length + " days]";
  }
}
