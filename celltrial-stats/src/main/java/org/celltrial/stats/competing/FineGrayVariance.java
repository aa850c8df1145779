package org.celltrial.stats.competing;

/**
 * The middle of Fine and Gray's sandwich variance {@code H⁻¹ (Σ_i (η_i + ψ_i)(η_i + ψ_i)') H⁻¹}
 * (Fine and Gray 1999, section 3), as {@code cmprsk::crr} computes it with one censoring group.
 *
 * <p>With {@code m_j = S1/S0} at the time of event j: {@code η_i = [i an event](x_i − m_i) −
 * Σ_{events j at risk with i} w_ij (x_i − m_j)/S0_j}, where {@code w_ij = exp(x_i'β)} while i is
 * under observation and {@code exp(x_i'β)·G(t_j−)/G(t_i−)} after i failed of another cause. The
 * censoring part is {@code ψ_i = [i censored] q(t_i)/Y(t_i) − Σ_{censorings at u ≤ t_i} q(u)/Y(u)²}
 * with {@code q(u) = Σ_{events j, t_j ≥ u} G(t_j−)/S0_j · Σ_{other-cause failures k, t_k < u}
 * exp(x_k'β)/G(t_k−)·(x_k − m_j)} and Y the number under observation.
 */
final class FineGrayVariance {
  private FineGrayVariance() {}

  static double[][] middle(FineGrayData data, double[] beta) {
    int n = data.n;
    int p = data.p;
    double[] w = data.risk(beta);
    double[][] sums = data.riskSums(w, false);
    int nb = sums.length;
    // per block: Σ 1/S0 and Σ m/S0 over its events, and the same weighted by G(t−)
    double[] inv = new double[nb];
    double[][] meanInv = new double[nb][p];
    for (int b = 0; b < nb; b++) {
      if (sums[b] != null) {
        int d = data.events(b);
        inv[b] = d / sums[b][0];
        for (int k = 0; k < p; k++) {
          meanInv[b][k] = d * sums[b][1 + k] / (sums[b][0] * sums[b][0]);
        }
      }
    }
    double[][] eta = new double[n][p];
    // events at or before t_i: forward
    double b0 = 0;
    double[] b1 = new double[p];
    for (int b = 0; b < nb; b++) {
      b0 += inv[b];
      for (int k = 0; k < p; k++) {
        b1[k] += meanInv[b][k];
      }
      for (int i = data.blocks[b]; i < data.blocks[b + 1]; i++) {
        for (int k = 0; k < p; k++) {
          eta[i][k] = -w[i] * (data.x[i][k] * b0 - b1[k]);
          if (data.kind[i] == 1) {
            eta[i][k] += data.x[i][k] - sums[b][1 + k] / sums[b][0];
          }
        }
      }
    }
    // events after t_i, for other-cause failures, and the sums D of q(u): backward
    double c0 = 0;
    double[] c1 = new double[p];
    double[] d0 = new double[nb];
    double[][] d1 = new double[nb][p];
    for (int b = nb - 1; b >= 0; b--) {
      double gb = data.g[data.blocks[b]];
      for (int i = data.blocks[b]; i < data.blocks[b + 1]; i++) {
        if (data.kind[i] == 2) {
          double f = w[i] / data.g[i];
          for (int k = 0; k < p; k++) {
            eta[i][k] -= f * (data.x[i][k] * c0 - c1[k]);
          }
        }
      }
      c0 += gb * inv[b];
      for (int k = 0; k < p; k++) {
        c1[k] += gb * meanInv[b][k];
      }
      d0[b] = c0;
      d1[b] = c1.clone();
    }
    double[][] out = new double[p][p];
    double a0 = 0;
    double[] a1 = new double[p];
    double[] ss2 = new double[p];
    double[] q = new double[p];
    for (int b = 0; b < nb; b++) {
      int start = data.blocks[b];
      int end = data.blocks[b + 1];
      int censored = 0;
      for (int i = start; i < end; i++) {
        censored += data.kind[i] == 0 ? 1 : 0;
      }
      double atRisk = n - start;
      if (censored > 0) {
        for (int k = 0; k < p; k++) {
          q[k] = a1[k] * d0[b] - a0 * d1[b][k];
          ss2[k] -= censored * q[k] / (atRisk * atRisk);
        }
      }
      for (int i = start; i < end; i++) {
        double[] r = new double[p];
        for (int k = 0; k < p; k++) {
          r[k] = eta[i][k] + ss2[k] + (data.kind[i] == 0 ? q[k] / atRisk : 0);
        }
        for (int k = 0; k < p; k++) {
          for (int l = 0; l < p; l++) {
            out[k][l] += r[k] * r[l];
          }
        }
      }
      for (int i = start; i < end; i++) {
        if (data.kind[i] == 2) {
          double f = w[i] / data.g[i];
          a0 += f;
          for (int k = 0; k < p; k++) {
            a1[k] += f * data.x[i][k];
          }
        }
      }
    }
    return out;
  }
}
