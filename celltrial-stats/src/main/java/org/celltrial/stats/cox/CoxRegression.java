package org.celltrial.stats.cox;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.StatsMessages;
import org.celltrial.stats.riskset.SurvivalInput;

/**
 * Cox proportional-hazards regression by Newton–Raphson on the log partial likelihood, as R's
 * {@code coxph(Surv(time, event) ~ x + strata(s), ties = …)}: hazard {@code h_s(t)·exp(x'β)} with a
 * baseline {@code h_s} per stratum.
 *
 * <p>The iteration is R's {@code coxfit6}: start at β = 0 (its information gives the score test),
 * step {@code β + I⁻¹U}; when the log-likelihood falls, halve the step; stop when {@code |1 −
 * ℓ_old/ℓ_new| ≤ ε} after a full step. We use ε = 1e-11 (R's default 1e-9 stops short of the
 * optimum) and at most 100 iterations. Monotone likelihood (a covariate that separates events, so
 * that β diverges while ℓ converges) is flagged as R does: a coefficient whose remaining Newton
 * step {@code |(V·U)_j|} exceeds both ε and {@code √ε·|β_j|}, or whose information vanished, gets a
 * warning in the result.
 *
 * <p>Reference: Cox DR. Regression models and life-tables. J R Stat Soc B 1972;34:187-220. Therneau
 * TM, Grambsch PM. Modeling Survival Data: Extending the Cox Model. Springer 2000, ch. 3.
 */
public final class CoxRegression {
  /** Convergence tolerance on the relative change of the log-likelihood. */
  public static final double EPS = 1e-11;

  /** The iteration limit. */
  public static final int MAX_ITERATIONS = 100;

  private CoxRegression() {}

  /**
   * Fits the model.
   *
   * @param time finite times ≥ 0
   * @param event 1 = event, 0 = censored
   * @param strata stratum codes (any integers), or {@code null} for none
   * @param covariates the covariates, each with one value per observation
   * @param ties how tied event times are handled
   * @throws org.celltrial.common.i18n.CelltrialException for bad times or events, no events, a
   *     constant covariate (named), collinear covariates (named) or an unknown reference level
   */
  public static CoxFit fit(
      double[] time, int[] event, int[] strata, List<Covariate> covariates, Ties ties) {
    int events = SurvivalInput.check(time, event);
    int n = time.length;
    if (strata != null) {
      SurvivalInput.requireLength("strata", strata.length, n);
    }
    Design design = Design.of(covariates, n);
    PartialLikelihood likelihood = new PartialLikelihood(design, time, event, strata, ties);
    int p = likelihood.terms();

    double[] beta = new double[p];
    PartialLikelihood.Evaluation at = likelihood.evaluate(beta);
    Ldl information = Ldl.of(at.information(), p);
    if (information.firstSingular() >= 0) {
      throw StatsMessages.error("cox.singular", design.terms().get(information.firstSingular()));
    }
    double loglikNull = at.loglik();
    double[] step = information.solve(at.score());
    double score = dot(at.score(), step);

    double best = loglikNull;
    double[] next = add(beta, step);
    boolean halving = false;
    boolean converged = false;
    int iteration = 0;
    while (iteration < MAX_ITERATIONS) {
      iteration++;
      at = likelihood.evaluate(next);
      information = Ldl.of(at.information(), p);
      if (!halving && Math.abs(1 - best / at.loglik()) <= EPS) {
        converged = true;
        break;
      }
      if (iteration == MAX_ITERATIONS) {
        break;
      }
      if (at.loglik() < best) {
        halving = true;
        for (int j = 0; j < p; j++) {
          next[j] = (next[j] + beta[j]) / 2;
        }
      } else {
        halving = false;
        best = at.loglik();
        beta = next;
        next = add(next, information.solve(at.score()));
      }
    }
    double[][] variance = information.inverse();
    List<Message> warnings = warnings(design, next, at.score(), variance, information);
    if (!converged) {
      warnings.add(0, StatsMessages.of("cox.warning.notConverged", MAX_ITERATIONS));
    }
    double wald = dot(next, Ldl.of(flatten(variance), p).solve(next));
    HarrellConcordance concordance =
        HarrellConcordance.of(
            likelihood.sortedTimes(),
            likelihood.sortedEvents(),
            likelihood.lastOfStratum(),
            likelihood.linearPredictors(next));
    return new CoxFit(
        design.terms(),
        next,
        variance,
        loglikNull,
        at.loglik(),
        ChiSquareTest.of(2 * (at.loglik() - loglikNull), p),
        ChiSquareTest.of(wald, p),
        ChiSquareTest.of(score, p),
        concordance,
        n,
        events,
        iteration,
        converged,
        warnings,
        ties);
  }

  /**
   * Fits a model of numeric covariates given as arrays.
   *
   * @param names the covariates' names
   * @param x the covariates, {@code x[j][i]} the value of covariate j for observation i
   * @see #fit(double[], int[], int[], List, Ties)
   */
  public static CoxFit fit(
      double[] time, int[] event, int[] strata, String[] names, double[][] x, Ties ties) {
    if (names.length != x.length) {
      throw StatsMessages.error("cox.names", names.length, x.length);
    }
    List<Covariate> covariates = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      covariates.add(new Covariate.Numeric(names[j], x[j]));
    }
    return fit(time, event, strata, covariates, ties);
  }

  /** R's test for infinite coefficients, {@code |U'·V| > ε} and {@code > √ε·|β|}. */
  private static List<Message> warnings(
      Design design, double[] beta, double[] score, double[][] variance, Ldl information) {
    List<Message> warnings = new ArrayList<>();
    for (int j = 0; j < beta.length; j++) {
      double remaining = 0;
      for (int k = 0; k < beta.length; k++) {
        remaining += score[k] * variance[k][j];
      }
      remaining = Math.abs(remaining);
      boolean diverging = remaining > EPS && remaining > Math.sqrt(EPS) * Math.abs(beta[j]);
      if (diverging || information.singular(j)) {
        warnings.add(
            StatsMessages.of(
                "cox.warning.infinite", design.terms().get(j), String.valueOf(beta[j])));
      }
    }
    return warnings;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] add(double[] a, double[] b) {
    double[] s = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i] + b[i];
    }
    return s;
  }

  private static double[] flatten(double[][] m) {
    int p = m.length;
    double[] f = new double[p * p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(m[i], 0, f, i * p, p);
    }
    return f;
  }
}
