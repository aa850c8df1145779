package org.celltrial.stats.survival;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * R's {@code survival:::findq} (survival 3.5-3), which {@code quantile.survfit} applies to the
 * curve and to each confidence limit. With {@code x = (0, t_1, …, t_m)} and {@code y = (0, 1 −
 * S(t_1), …, 1 − S(t_m))}, keeping the first occurrence of each distinct y and dropping NA:
 *
 * <ul>
 *   <li>{@code i1} = first point with {@code y + tol ≥ p}, {@code i2} = first with {@code y − tol ≥
 *       p} (NA outside the range of those shifted values), and the quantile is {@code (x[i1] +
 *       x[i2]) / 2}: the first time with S ≤ 1 − p, or the middle of a stretch where S equals 1 − p
 *       within {@code tol = sqrt(machine epsilon)};
 *   <li>when {@code p} equals the last distinct y within tol, the quantile is the middle of its
 *       first time and the last time of the curve;
 *   <li>NA for every p when the largest y is below the smallest p.
 * </ul>
 */
final class QuantileFinder {
  /** R's {@code sqrt(.Machine$double.eps)}. */
  static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final double[] x;
  private final double[] y;
  private final double maxY;
  private final double lastY;
  private final int[] sorted;

  /** Prepares the search on a curve (S or a confidence limit) at {@code times}. */
  QuantileFinder(double[] times, double[] curve) {
    int m = times.length + 1;
    x = new double[m];
    y = new double[m];
    System.arraycopy(times, 0, x, 1, times.length);
    double max = 0;
    for (int i = 1; i < m; i++) {
      y[i] = 1 - curve[i - 1];
      if (y[i] > max) {
        max = y[i];
      }
    }
    maxY = max;
    boolean monotone = isNonDecreasing(y);
    int[] kept = firstOccurrences(y, monotone);
    lastY = y[kept[kept.length - 1]];
    int[] finite = Arrays.stream(kept).filter(i -> !Double.isNaN(y[i])).toArray();
    sorted = monotone ? finite : sortedByValue(finite, y);
  }

  /** The quantiles of {@code probs}, as one call of R's {@code quantile(fit, probs)}. */
  double[] find(double[] probs) {
    double minP = Double.POSITIVE_INFINITY;
    for (double p : probs) {
      minP = Math.min(minP, p);
    }
    double[] out = new double[probs.length];
    Arrays.fill(out, Double.NaN);
    if (maxY < minP) {
      return out;
    }
    double xmax = x[x.length - 1];
    for (int k = 0; k < probs.length; k++) {
      double p = probs[k];
      int i1 = firstAtLeast(TOLERANCE, p);
      int i2 = firstAtLeast(-TOLERANCE, p);
      double x1 = i1 < 0 ? Double.NaN : x[i1];
      out[k] = (x1 + (i2 < 0 ? Double.NaN : x[i2])) / 2;
      if (!Double.isNaN(lastY) && Math.abs(p - lastY) < TOLERANCE) {
        out[k] = (x1 + xmax) / 2;
      }
    }
    return out;
  }

  /** Indices of the first occurrence of each distinct value of y (NaN counted as one value). */
  private static int[] firstOccurrences(double[] y, boolean monotone) {
    int[] kept = new int[y.length];
    int k = 0;
    if (monotone) {
      boolean seenNaN = false;
      double previous = Double.NaN;
      for (int i = 0; i < y.length; i++) {
        if (Double.isNaN(y[i])) {
          if (!seenNaN) {
            kept[k++] = i;
            seenNaN = true;
          }
        } else if (k == 0 || y[i] != previous) {
          kept[k++] = i;
          previous = y[i];
        }
      }
      return Arrays.copyOf(kept, k);
    }
    Set<Double> seen = new HashSet<>();
    for (int i = 0; i < y.length; i++) {
      if (seen.add(Double.isNaN(y[i]) ? Double.NaN : y[i] + 0.0)) {
        kept[k++] = i;
      }
    }
    return Arrays.copyOf(kept, k);
  }

  private static boolean isNonDecreasing(double[] y) {
    double previous = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        if (v < previous) {
          return false;
        }
        previous = v;
      }
    }
    return true;
  }

  private static int[] sortedByValue(int[] indices, double[] y) {
    return Arrays.stream(indices)
        .boxed()
        .sorted((a, b) -> Double.compare(y[a], y[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * R's {@code approx(y + shift, index, p, method = "constant", f = 1)}: the index of the smallest
   * shifted value ≥ p, or −1 when p lies outside the shifted values' range.
   */
  private int firstAtLeast(double shift, double p) {
    if (sorted.length == 0
        || p < y[sorted[0]] + shift
        || p > y[sorted[sorted.length - 1]] + shift) {
      return -1;
    }
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (y[sorted[mid]] + shift >= p) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return sorted[lo];
  }
}
