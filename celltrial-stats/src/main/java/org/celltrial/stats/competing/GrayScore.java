package org.celltrial.stats.competing;

import java.util.Arrays;

/**
 * Score and variance of Gray's test within one stratum (the arithmetic of {@link GrayTest}), kept
 * for the first g − 1 groups and added up over strata.
 */
final class GrayScore {
  private final int free;
  private final double[] score;
  private final double[][] variance;

  GrayScore(int groups) {
    free = groups - 1;
    score = new double[free];
    variance = new double[free][free];
  }

  double[] score() {
    return score.clone();
  }

  double[][] variance() {
    double[][] out = new double[free][];
    for (int i = 0; i < free; i++) {
      out[i] = variance[i].clone();
    }
    return out;
  }

  void add(GrayScore other) {
    for (int i = 0; i < free; i++) {
      score[i] += other.score[i];
      for (int j = 0; j < free; j++) {
        variance[i][j] += other.variance[i][j];
      }
    }
  }

  /**
   * One stratum, data sorted by time.
   *
   * @param kind 0 censored, 1 the cause tested, 2 another cause
   */
  static GrayScore of(double[] y, int[] kind, int[] group, int groups, double rho) {
    GrayScore out = new GrayScore(groups);
    int n = y.length;
    int[] atRisk = new int[groups];
    for (int i = 0; i < n; i++) {
      atRisk[group[i]]++;
    }
    double[] incidenceBefore = new double[groups];
    double[] incidence = new double[groups];
    double[] survivalBefore = new double[groups];
    double[] survival = new double[groups];
    Arrays.fill(survivalBefore, 1);
    Arrays.fill(survival, 1);
    double[][] c = new double[groups][groups];
    double[][] a = new double[groups][groups];
    double[] v3 = new double[groups];
    double[][] v2 = new double[out.free][groups];
    double[][] v = out.variance;
    double pooledBefore = 0;
    double pooled = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && y[end + 1] == y[start]) {
        end++;
      }
      int[] d1 = new int[groups];
      int[] d2 = new int[groups];
      for (int i = start; i <= end; i++) {
        if (kind[i] == 1) {
          d1[group[i]]++;
        } else if (kind[i] == 2) {
          d2[group[i]]++;
        }
      }
      int nd1 = sum(d1);
      int nd2 = sum(d2);
      if (nd1 + nd2 > 0) {
        double sumH = 0;
        double sumR = 0;
        for (int k = 0; k < groups; k++) {
          if (atRisk[k] > 0) {
            survival[k] = survivalBefore[k] * (atRisk[k] - d1[k] - d2[k]) / atRisk[k];
            incidence[k] = incidenceBefore[k] + survivalBefore[k] * d1[k] / atRisk[k];
            sumH += atRisk[k] / survivalBefore[k];
            sumR += atRisk[k] * (1 - incidenceBefore[k]) / survivalBefore[k];
          }
        }
        pooled = pooledBefore + nd1 / sumH;
        double w = Math.pow(1 - pooledBefore, rho);
        for (int i = 0; i < groups; i++) {
          Arrays.fill(a[i], 0);
        }
        for (int i = 0; i < groups; i++) {
          if (atRisk[i] <= 0) {
            continue;
          }
          double hi = atRisk[i] / survivalBefore[i];
          a[i][i] = w * hi * (1 - hi / sumH);
          c[i][i] += a[i][i] * nd1 / (sumH * (1 - pooledBefore));
          for (int j = i + 1; j < groups; j++) {
            if (atRisk[j] > 0) {
              a[i][j] = -w * hi * atRisk[j] / (survivalBefore[j] * sumH);
              a[j][i] = a[i][j];
              c[i][j] += a[i][j] * nd1 / (sumH * (1 - pooledBefore));
              c[j][i] = c[i][j];
            }
          }
        }
        for (int i = 0; i < out.free; i++) {
          if (atRisk[i] > 0) {
            out.score[i] +=
                w
                    * (d1[i]
                        - nd1 * atRisk[i] * (1 - incidenceBefore[i]) / (survivalBefore[i] * sumR));
          }
        }
        if (nd1 > 0) {
          for (int k = 0; k < groups; k++) {
            if (atRisk[k] <= 0) {
              continue;
            }
            double t4 = survival[k] > 0 ? 1 - (1 - pooled) / survival[k] : 1;
            double ties = nd1 > 1 ? 1 - (nd1 - 1) / (sumH * survivalBefore[k] - 1) : 1;
            double t3 = ties * survivalBefore[k] * nd1 / (sumH * atRisk[k]);
            v3[k] += t4 * t4 * t3;
            for (int i = 0; i < out.free; i++) {
              double ti = a[i][k] - t4 * c[i][k];
              v2[i][k] += ti * t4 * t3;
              for (int j = 0; j <= i; j++) {
                v[i][j] += ti * (a[j][k] - t4 * c[j][k]) * t3;
              }
            }
          }
        }
        if (nd2 > 0) {
          for (int k = 0; k < groups; k++) {
            if (survival[k] <= 0 || d2[k] <= 0) {
              continue;
            }
            double t4 = (1 - pooled) / survival[k];
            double ties = d2[k] > 1 ? 1 - (d2[k] - 1.0) / (atRisk[k] - 1.0) : 1;
            double t3 =
                ties
                    * survivalBefore[k]
                    * survivalBefore[k]
                    * d2[k]
                    / ((double) atRisk[k] * atRisk[k]);
            v3[k] += t4 * t4 * t3;
            for (int i = 0; i < out.free; i++) {
              double ti = t4 * c[i][k];
              v2[i][k] -= ti * t4 * t3;
              for (int j = 0; j <= i; j++) {
                v[i][j] += ti * t4 * c[j][k] * t3;
              }
            }
          }
        }
      }
      for (int i = start; i <= end; i++) {
        atRisk[group[i]]--;
      }
      pooledBefore = pooled;
      System.arraycopy(incidence, 0, incidenceBefore, 0, groups);
      System.arraycopy(survival, 0, survivalBefore, 0, groups);
      start = end + 1;
    }
    for (int i = 0; i < out.free; i++) {
      for (int j = 0; j <= i; j++) {
        for (int k = 0; k < groups; k++) {
          v[i][j] += c[i][k] * c[j][k] * v3[k] + c[i][k] * v2[j][k] + c[j][k] * v2[i][k];
        }
        v[j][i] = v[i][j];
      }
    }
    return out;
  }

  private static int sum(int[] x) {
    int s = 0;
    for (int v : x) {
      s += v;
    }
    return s;
  }
}
