package org.celltrial.stats.competing;

/**
 * The Kaplan–Meier estimate of the censoring distribution just before each subject's time, {@code
 * G(t_i−)} (censorings are the events; a failure at the same time stays at risk), the weights of
 * Fine and Gray's risk sets. As in {@code cmprsk::crr}, a time of 0 takes {@code G(0)}.
 */
final class CensoringWeights {
  private CensoringWeights() {}

  /**
   * @param y times sorted ascending
   * @param censored whether each subject is censored
   */
  static double[] before(double[] y, boolean[] censored) {
    int n = y.length;
    double[] out = new double[n];
    double g = 1;
    int start = 0;
    while (start < n) {
      int end = start;
      int c = censored[start] ? 1 : 0;
      while (end + 1 < n && y[end + 1] == y[start]) {
        end++;
        c += censored[end] ? 1 : 0;
      }
      double after = g * (1 - (double) c / (n - start));
      for (int i = start; i <= end; i++) {
        out[i] = y[start] == 0 ? after : g;
      }
      g = after;
      start = end + 1;
    }
    return out;
  }
}
