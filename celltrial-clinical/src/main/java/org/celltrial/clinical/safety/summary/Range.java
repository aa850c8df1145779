package org.celltrial.clinical.safety.summary;

import java.util.Arrays;

/**
 * Median and range of a list of days; the median of an even count is the mean of the two middle
 * values (as R's {@code median}).
 *
 * @param n how many values
 * @param median the median, {@code null} when n = 0
 * @param min the smallest, {@code null} when n = 0
 * @param max the largest, {@code null} when n = 0
 */
public record Range(int n, Double median, Long min, Long max) {
  /** Of the given values. */
  public static Range of(long[] values) {
    if (values.length == 0) {
      return new Range(0, null, null, null);
    }
    long[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
    return new Range(v.length, median, v[0], v[v.length - 1]);
  }
}
