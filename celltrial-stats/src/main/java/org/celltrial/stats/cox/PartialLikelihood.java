package org.celltrial.stats.cox;

import java.util.Arrays;
import org.celltrial.stats.riskset.TimeOrder;

/**
 * Cox's log partial likelihood, its score vector and information matrix at a given β, from risk-set
 * sums accumulated backwards over times sorted within strata: O(n·p²) per evaluation, as R's {@code
 * coxfit6}. Covariates are centred at their means first; centring changes neither the likelihood
 * nor β, and keeps {@code exp(x'β)} in range.
 *
 * <p>With {@code r_i = exp(x_i'β)}, at an event time with d tied events, risk-set sums {@code R = Σ
 * r}, {@code A = Σ r·x}, {@code C = Σ r·x·x'} and the events' own sums {@code R_d, A_d, C_d}, the
 * Efron terms k = 0…d−1 use {@code R − k/d·R_d} (and likewise A, C); Breslow uses R for all d. Each
 * term adds {@code x'β − log R_k} to the log-likelihood, {@code x − A_k/R_k} to the score, and
 * {@code C_k/R_k − A_k·A_k'/R_k²} to the information.
 */
final class PartialLikelihood {
  private final int n;
  private final int p;
  private final double[] x;
  private final double[] time;
  private final boolean[] event;
  private final boolean[] lastOfStratum;
  private final Ties ties;

  /** The evaluation at one β: log-likelihood, score and information (p × p, row-major). */
  record Evaluation(double loglik, double[] score, double[] information) {}

  PartialLikelihood(Design design, double[] time, int[] event, int[] strata, Ties ties) {
    this.n = design.n();
    this.p = design.terms().size();
    this.ties = ties;
    int[] order = TimeOrder.of(time, strata);
    this.x = new double[n * p];
    this.time = new double[n];
    this.event = new boolean[n];
    this.lastOfStratum = new boolean[n];
    double[] dx = design.x();
    for (int j = 0; j < p; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += dx[j * n + i];
      }
      mean /= n;
      for (int k = 0; k < n; k++) {
        x[k * p + j] = dx[j * n + order[k]] - mean;
      }
    }
    for (int k = 0; k < n; k++) {
      this.time[k] = time[order[k]];
      this.event[k] = event[order[k]] == 1;
      this.lastOfStratum[k] =
          k == n - 1 || (strata != null && strata[order[k + 1]] != strata[order[k]]);
    }
  }

  int terms() {
    return p;
  }

  Evaluation evaluate(double[] beta) {
    double loglik = 0;
    double[] u = new double[p];
    double[] imat = new double[p * p];
    double[] a = new double[p];
    double[] cmat = new double[p * p];
    double[] a2 = new double[p];
    double[] cmat2 = new double[p * p];
    double denom = 0;
    int person = n - 1;
    while (person >= 0) {
      if (lastOfStratum[person]) {
        denom = 0;
        Arrays.fill(a, 0);
        Arrays.fill(cmat, 0);
      }
      double dtime = time[person];
      int deaths = 0;
      double denom2 = 0;
      while (person >= 0 && time[person] == dtime) {
        int row = person * p;
        double zbeta = 0;
        for (int j = 0; j < p; j++) {
          zbeta += beta[j] * x[row + j];
        }
        double risk = Math.exp(zbeta);
        if (event[person]) {
          deaths++;
          denom2 += risk;
          loglik += zbeta;
          addRisk(row, risk, a2, cmat2);
          for (int j = 0; j < p; j++) {
            u[j] += x[row + j];
          }
        } else {
          denom += risk;
          addRisk(row, risk, a, cmat);
        }
        person--;
        if (person >= 0 && lastOfStratum[person]) {
          break;
        }
      }
      if (deaths > 0) {
        int steps = ties == Ties.EFRON ? deaths : 1;
        double perStep = ties == Ties.EFRON ? 1.0 / deaths : 1.0;
        double weight = ties == Ties.EFRON ? 1.0 : deaths;
        for (int k = 0; k < steps; k++) {
          denom += denom2 * perStep;
          loglik -= weight * Math.log(denom);
          double scale = weight / denom;
          for (int i = 0; i < p; i++) {
            a[i] += a2[i] * perStep;
            double mean = a[i] / denom;
            u[i] -= weight * mean;
            for (int j = 0; j <= i; j++) {
              cmat[i * p + j] += cmat2[i * p + j] * perStep;
              imat[i * p + j] += scale * (cmat[i * p + j] - mean * a[j]);
            }
          }
        }
        Arrays.fill(a2, 0);
        Arrays.fill(cmat2, 0);
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        imat[j * p + i] = imat[i * p + j];
      }
    }
    return new Evaluation(loglik, u, imat);
  }

  private void addRisk(int row, double risk, double[] sum, double[] squares) {
    for (int i = 0; i < p; i++) {
      double rx = risk * x[row + i];
      sum[i] += rx;
      for (int j = 0; j <= i; j++) {
        squares[i * p + j] += rx * x[row + j];
      }
    }
  }

  /** The linear predictors {@code x_i'β} (centred) in sorted order, with the sort's keys. */
  double[] linearPredictors(double[] beta) {
    double[] lp = new double[n];
    for (int k = 0; k < n; k++) {
      double z = 0;
      for (int j = 0; j < p; j++) {
        z += beta[j] * x[k * p + j];
      }
      lp[k] = z;
    }
    return lp;
  }

  double[] sortedTimes() {
    return time.clone();
  }

  boolean[] sortedEvents() {
    return event.clone();
  }

  boolean[] lastOfStratum() {
    return lastOfStratum.clone();
  }
}
