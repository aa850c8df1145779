package org.celltrial.stats.riskset;

/**
 * The order in which risk-set methods visit observations: by stratum, then by time, ascending. A
 * stable merge sort of indices over primitive keys, O(n log n) without boxing, so a million rows
 * sort in well under a second.
 */
public final class TimeOrder {
  private TimeOrder() {}

  /**
   * Indices {@code 0…n−1} ordered by {@code strata[i]} then {@code time[i]}, ties kept in input
   * order.
   *
   * @param time the times
   * @param strata stratum codes, or {@code null} for one stratum
   */
  public static int[] of(double[] time, int[] strata) {
    int n = time.length;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        merge(index, buffer, lo, lo + width, Math.min(lo + 2 * width, n), time, strata);
      }
    }
    return index;
  }

  private static void merge(
      int[] index, int[] buffer, int lo, int mid, int hi, double[] time, int[] strata) {
    if (!before(index[mid], index[mid - 1], time, strata)) {
      return;
    }
    System.arraycopy(index, lo, buffer, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (i < mid && (j >= hi || !before(buffer[j], buffer[i], time, strata))) {
        index[k] = buffer[i++];
      } else {
        index[k] = buffer[j++];
      }
    }
  }

  private static boolean before(int a, int b, double[] time, int[] strata) {
    if (strata != null && strata[a] != strata[b]) {
      return strata[a] < strata[b];
    }
    return time[a] < time[b];
  }
}
