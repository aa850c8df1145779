package org.celltrial.stats.kinetics;

import java.util.Arrays;

/**
 * Median and range, the median as R's {@code median}: the middle value, or the mean of the two
 * middle values when n is even.
 *
 * @param n values summarised (the defined ones)
 * @param median null when n = 0
 * @param min null when n = 0
 * @param max null when n = 0
 */
public record RangeSummary(int n, Double median, Double min, Double max) {

  /** Summarises the defined (non-null) values. */
  public static RangeSummary of(Double[] values) {
    double[] x =
        Arrays.stream(values).filter(v -> v != null).mapToDouble(v -> v).sorted().toArray();
    int n = x.length;
    if (n == 0) {
      return new RangeSummary(0, null, null, null);
    }
    double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    return new RangeSummary(n, median, x[0], x[n - 1]);
  }
}
