package org.celltrial.stats.competing;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.stats.StatsMessages;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Fine–Gray proportional subdistribution hazards regression, as {@code cmprsk::crr} with one
 * censoring group and no time-varying covariates: Newton–Raphson on the log pseudo-likelihood from
 * β = 0 with crr's step halving (a step is halved, at most 20 times, until minus the log-likelihood
 * falls by at least 10⁻⁴ of the predicted amount, up to rounding), stopping when {@code max_k
 * |U_k|·max(|β_k|, 1) < max(|ℓ|, 1)·gtol}; robust variance from {@link FineGrayVariance}. Wald
 * limits and two-sided p-values on the log scale (Fine JP, Gray RJ, JASA 1999;94:496-509).
 */
public final class FineGray {
  /** Convergence tolerance on the scaled score, stricter than crr's default 10⁻⁶. */
  public static final double GTOL = 1e-10;

  /** Newton steps allowed. */
  public static final int MAX_ITERATIONS = 50;

  /**
   * Changes of minus the log-likelihood within this relative amount count as no change: near the
   * optimum the decrease a Newton step predicts falls below rounding, and crr's rule would then
   * halve the step for nothing and report non-convergence.
   */
  private static final double ROUNDING = 1e-12;

  private FineGray() {}

  /**
   * Fits the model.
   *
   * @param time follow-up times, finite and ≥ 0
   * @param status 0 = censored, otherwise the cause code
   * @param covariates n × p values row by row (subject i's covariate k at {@code i·p + k})
   * @param names the p covariate names
   * @param failcode the cause modelled; it must occur
   * @param level confidence level of the hazard-ratio limits
   * @throws org.celltrial.common.i18n.CelltrialException for bad input, a constant covariate, or a
   *     singular information matrix
   */
  public static FineGrayFit fit(
      double[] time,
      int[] status,
      double[] covariates,
      List<String> names,
      int failcode,
      double level) {
    CompetingInput.check(time, status);
    IncidencePoint.checkLevel(level);
    int n = time.length;
    int p = names.size();
    if (p == 0 || covariates.length != n * p) {
      throw StatsMessages.error("finegray.shape", covariates.length, n, p);
    }
    checkCovariates(covariates, names, n, p);
    CompetingInput.requireCause(failcode, status);
    FineGrayData data = new FineGrayData(time, status, covariates, p, failcode);
    double[] beta = new double[p];
    boolean converged = false;
    int iterations = 0;
    double lik = data.minusLogLik(beta);
    double likNull = lik;
    while (true) {
      double[][] d = data.derivatives(beta);
      if (smallScore(d[0], beta, lik)) {
        converged = true;
        break;
      }
      if (iterations == MAX_ITERATIONS) {
        break;
      }
      double[] step = solver(d, names).solve(MatrixUtils.createRealVector(d[0])).toArray();
      double predicted = 0;
      for (int k = 0; k < p; k++) {
        step[k] = -step[k];
        predicted += step[k] * d[0][k];
      }
      double[] next = new double[p];
      double likNext = Double.NaN;
      int halvings = 0;
      for (; halvings <= 20; halvings++) {
        for (int k = 0; k < p; k++) {
          next[k] = beta[k] + step[k] * Math.pow(0.5, halvings);
        }
        likNext = data.minusLogLik(next);
        double noise = ROUNDING * Math.max(Math.abs(lik), 1);
        if (likNext <= lik + 1e-4 * predicted * Math.pow(0.5, halvings) + noise) {
          break;
        }
      }
      if (halvings > 20) {
        break;
      }
      beta = next;
      lik = likNext;
      iterations++;
    }
    double[][] d = data.derivatives(beta);
    RealMatrix inverse = solver(d, names).getInverse();
    RealMatrix variance =
        inverse
            .multiply(MatrixUtils.createRealMatrix(FineGrayVariance.middle(data, beta)))
            .multiply(inverse);
    return result(
        data, failcode, level, names, beta, variance, -lik, -likNull, converged, iterations);
  }

  private static FineGrayFit result(
      FineGrayData data,
      int failcode,
      double level,
      List<String> names,
      double[] beta,
      RealMatrix variance,
      double logLik,
      double logLikNull,
      boolean converged,
      int iterations) {
    NormalDistribution normal = NormalDistribution.of(0, 1);
    double zq = normal.inverseSurvivalProbability((1 - level) / 2);
    List<FineGrayCoefficient> coefficients = new ArrayList<>();
    List<List<Double>> matrix = new ArrayList<>();
    for (int k = 0; k < beta.length; k++) {
      double se = Math.sqrt(variance.getEntry(k, k));
      double z = beta[k] / se;
      coefficients.add(
          new FineGrayCoefficient(
              names.get(k),
              beta[k],
              se,
              Math.exp(beta[k]),
              Math.exp(beta[k] - zq * se),
              Math.exp(beta[k] + zq * se),
              z,
              2 * normal.survivalProbability(Math.abs(z))));
      List<Double> row = new ArrayList<>();
      for (int l = 0; l < beta.length; l++) {
        row.add(variance.getEntry(k, l));
      }
      matrix.add(row);
    }
    int events = 0;
    for (int kind : data.kind) {
      events += kind == 1 ? 1 : 0;
    }
    return new FineGrayFit(
        failcode,
        level,
        coefficients,
        matrix,
        logLik,
        logLikNull,
        converged,
        iterations,
        data.n,
        events);
  }

  private static boolean smallScore(double[] score, double[] beta, double lik) {
    double max = 0;
    for (int k = 0; k < score.length; k++) {
      max = Math.max(max, Math.abs(score[k]) * Math.max(Math.abs(beta[k]), 1));
    }
    return max < Math.max(Math.abs(lik), 1) * GTOL;
  }

  private static DecompositionSolver solver(double[][] derivatives, List<String> names) {
    int p = names.size();
    double[][] h = new double[p][];
    for (int k = 0; k < p; k++) {
      h[k] = derivatives[1 + k];
    }
    DecompositionSolver solver =
        new LUDecomposition(MatrixUtils.createRealMatrix(h), 1e-12).getSolver();
    if (!solver.isNonSingular()) {
      throw StatsMessages.error("finegray.singular", String.join(", ", names));
    }
    return solver;
  }

  private static void checkCovariates(double[] x, List<String> names, int n, int p) {
    for (int k = 0; k < p; k++) {
      boolean constant = true;
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(x[i * p + k])) {
          throw StatsMessages.error("finegray.nonFinite", names.get(k), i + 1, x[i * p + k]);
        }
        constant &= x[i * p + k] == x[k];
      }
      if (constant) {
        throw StatsMessages.error("finegray.constant", names.get(k), x[k]);
      }
    }
  }
}
