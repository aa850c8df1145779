package org.celltrial.stats.competing;

import java.util.Arrays;

/**
 * The Fine–Gray pseudo-likelihood and its derivatives over data sorted by time, covariates centred
 * (which changes neither β̂ nor the likelihood). The risk set at a time t of the modelled cause
 * holds everyone still under observation at t with weight 1 and everyone who failed of another
 * cause before t with weight {@code G(t−)/G(t_i−)}, G the censoring Kaplan–Meier ({@link
 * CensoringWeights}). With {@code S0, S1, S2} the weighted sums of {@code exp(x'β)} times 1, x and
 * xx' over it, the log pseudo-likelihood is {@code Σ_events [x_i'β − log S0(t_i)]} (Fine JP, Gray
 * RJ. A proportional hazards model for the subdistribution of a competing risk. JASA
 * 1999;94:496-509, eq. 2).
 */
final class FineGrayData {
  final int n;
  final int p;
  final double[] y;

  /** 0 censored, 1 the modelled cause, 2 another cause. */
  final int[] kind;

  final double[][] x;
  final double[] g;

  /** First index of each distinct time block, plus n at the end. */
  final int[] blocks;

  FineGrayData(double[] time, int[] status, double[] covariates, int p, int failcode) {
    this.n = time.length;
    this.p = p;
    int[] order = CompetingInput.order(time);
    y = new double[n];
    kind = new int[n];
    x = new double[n][p];
    double[] mean = new double[p];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < p; k++) {
        mean[k] += covariates[i * p + k] / n;
      }
    }
    boolean[] censored = new boolean[n];
    for (int r = 0; r < n; r++) {
      int i = order[r];
      y[r] = time[i];
      kind[r] = status[i] == 0 ? 0 : status[i] == failcode ? 1 : 2;
      censored[r] = kind[r] == 0;
      for (int k = 0; k < p; k++) {
        x[r][k] = covariates[i * p + k] - mean[k];
      }
    }
    g = CensoringWeights.before(y, censored);
    int[] starts = new int[n + 1];
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (r == 0 || y[r] != y[r - 1]) {
        starts[count++] = r;
      }
    }
    starts[count++] = n;
    blocks = Arrays.copyOf(starts, count);
  }

  double[] risk(double[] beta) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double eta = 0;
      for (int k = 0; k < p; k++) {
        eta += x[i][k] * beta[k];
      }
      w[i] = Math.exp(eta);
    }
    return w;
  }

  /**
   * Sums over the risk set at each block: {@code [block][0]} is S0, {@code [block][1..p]} S1 and
   * the rest S2 row by row; only blocks with an event of the modelled cause are filled.
   */
  double[][] riskSums(double[] w, boolean second) {
    int m = 1 + p + (second ? p * p : 0);
    int nb = blocks.length - 1;
    double[][] out = new double[nb][];
    double[] competing = new double[m];
    for (int b = 0; b < nb; b++) {
      if (hasEvent(b)) {
        out[b] = new double[m];
        double gb = g[blocks[b]];
        for (int k = 0; k < m; k++) {
          out[b][k] = gb * competing[k];
        }
      }
      for (int i = blocks[b]; i < blocks[b + 1]; i++) {
        if (kind[i] == 2) {
          add(competing, w[i] / g[i], x[i], second);
        }
      }
    }
    double[] later = new double[m];
    for (int b = nb - 1; b >= 0; b--) {
      for (int i = blocks[b]; i < blocks[b + 1]; i++) {
        add(later, w[i], x[i], second);
      }
      if (out[b] != null) {
        for (int k = 0; k < m; k++) {
          out[b][k] += later[k];
        }
      }
    }
    return out;
  }

  boolean hasEvent(int b) {
    return events(b) > 0;
  }

  int events(int b) {
    int d = 0;
    for (int i = blocks[b]; i < blocks[b + 1]; i++) {
      d += kind[i] == 1 ? 1 : 0;
    }
    return d;
  }

  private void add(double[] sums, double weight, double[] xi, boolean second) {
    sums[0] += weight;
    for (int k = 0; k < p; k++) {
      sums[1 + k] += weight * xi[k];
      if (second) {
        for (int l = 0; l < p; l++) {
          sums[1 + p + k * p + l] += weight * xi[k] * xi[l];
        }
      }
    }
  }

  /** Minus the log pseudo-likelihood. */
  double minusLogLik(double[] beta) {
    double[] w = risk(beta);
    double[][] sums = riskSums(w, false);
    double lik = 0;
    for (int b = 0; b < sums.length; b++) {
      if (sums[b] != null) {
        for (int i = blocks[b]; i < blocks[b + 1]; i++) {
          if (kind[i] == 1) {
            lik -= Math.log(w[i]);
          }
        }
        lik += events(b) * Math.log(sums[b][0]);
      }
    }
    return lik;
  }

  /**
   * Gradient and Hessian of minus the log pseudo-likelihood: {@code Σ_events (S1/S0 − x_i)} and
   * {@code Σ_events (S2/S0 − S1 S1'/S0²)}.
   */
  double[][] derivatives(double[] beta) {
    double[][] sums = riskSums(risk(beta), true);
    double[][] out = new double[p + 1][p];
    for (int b = 0; b < sums.length; b++) {
      if (sums[b] == null) {
        continue;
      }
      int d = events(b);
      double s0 = sums[b][0];
      for (int i = blocks[b]; i < blocks[b + 1]; i++) {
        if (kind[i] == 1) {
          for (int k = 0; k < p; k++) {
            out[0][k] -= x[i][k];
          }
        }
      }
      for (int k = 0; k < p; k++) {
        double mk = sums[b][1 + k] / s0;
        out[0][k] += d * mk;
        for (int l = 0; l < p; l++) {
          double ml = sums[b][1 + l] / s0;
          out[1 + k][l] += d * (sums[b][1 + p + k * p + l] / s0 - mk * ml);
        }
      }
    }
    return out;
  }
}
