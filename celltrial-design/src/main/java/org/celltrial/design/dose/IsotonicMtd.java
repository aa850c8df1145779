package org.celltrial.design.dose;

/**
 * MTD selection by isotonic regression, as {@code select.mtd} of the R package BOIN (Liu &amp; Yuan
 * 2015, Section 2.4), used for BOIN and i3+3.
 *
 * <p>Doses eliminated by the {@link Elimination} rule (the first dose that meets it and all above)
 * and untried doses are left out; when the lowest dose is eliminated no dose is selected. For the
 * others, p̃ⱼ = (yⱼ + 0.05)/(nⱼ + 0.1) with variance (yⱼ + 0.05)(nⱼ − yⱼ + 0.05)/((nⱼ + 0.1)²(nⱼ +
 * 1.1)) is made non-decreasing by weighted pool-adjacent-violators (weights 1/variance), and the
 * dose whose estimate is closest to φ is selected. Ties are broken as the package does, by adding
 * k·1e-10 to the k-th estimate: among tied estimates above φ the lowest dose is selected, among
 * tied estimates below φ the highest.
 */
public final class IsotonicMtd {
  private static final double TIE_BREAK = 1e-10;

  private IsotonicMtd() {}

  /**
   * The selected dose index (0-based), or -1 for none.
   *
   * @param target φ
   * @param n patients per dose
   * @param dlt DLTs per dose
   */
  public static int select(double target, int[] n, int[] dlt) {
    int highest = n.length - 1;
    for (int j = 0; j < n.length; j++) {
      if (Elimination.eliminates(target, n[j], dlt[j])) {
        highest = j - 1;
        break;
      }
    }
    return selectBelow(target, n, dlt, highest);
  }

  /** Selection among the tried doses at or below {@code highest}; -1 when there is none. */
  static int selectBelow(double target, int[] n, int[] dlt, int highest) {
    int k = 0;
    int[] index = new int[highest + 1];
    double[] p = new double[highest + 1];
    double[] w = new double[highest + 1];
    for (int j = 0; j <= highest; j++) {
      if (n[j] > 0) {
        double y = dlt[j] + 0.05;
        double m = n[j] + 0.1;
        index[k] = j;
        p[k] = y / m;
        w[k] = (m * m * (m + 1)) / (y * (n[j] - dlt[j] + 0.05));
        k++;
      }
    }
    if (k == 0) {
      return -1;
    }
    pava(p, w, k);
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      double distance = Math.abs(p[i] + (i + 1) * TIE_BREAK - target);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return index[best];
  }

  /**
   * Weighted isotonic (non-decreasing) regression of the first {@code k} values in place, by
   * pool-adjacent-violators: blocks are merged while a block's mean exceeds the next one's.
   */
  static void pava(double[] x, double[] w, int k) {
    double[] mean = new double[k];
    double[] weight = new double[k];
    int[] size = new int[k];
    int blocks = 0;
    for (int i = 0; i < k; i++) {
      mean[blocks] = x[i];
      weight[blocks] = w[i];
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        int a = blocks - 2;
        int b = blocks - 1;
        double total = weight[a] + weight[b];
        mean[a] = (mean[a] * weight[a] + mean[b] * weight[b]) / total;
        weight[a] = total;
        size[a] += size[b];
        blocks--;
      }
    }
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int s = 0; s < size[b]; s++) {
        x[i++] = mean[b];
      }
    }
  }
}
