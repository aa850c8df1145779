package org.celltrial.stats.cox;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.StatsMessages;

/**
 * A fitted Cox proportional-hazards model, with what R's {@code summary(coxph)} reports.
 *
 * @param terms the model terms, as R names them
 * @param coef the coefficients β
 * @param variance the variance matrix of β (inverse information at β)
 * @param loglikNull the log partial likelihood at β = 0
 * @param loglik the log partial likelihood at β
 * @param likelihoodRatio {@code 2·(loglik − loglikNull)} on p df
 * @param wald {@code β'·V⁻¹·β} on p df
 * @param score the score (log-rank) test {@code U(0)'·I(0)⁻¹·U(0)} on p df
 * @param concordance Harrell's C of the linear predictor
 * @param n observations
 * @param events events
 * @param iterations Newton–Raphson iterations used
 * @param converged whether the log-likelihood converged within the iteration limit
 * @param warnings warnings to show with the result (monotone likelihood, non-convergence)
 * @param ties how tied event times were handled
 */
public record CoxFit(
    List<String> terms,
    double[] coef,
    double[][] variance,
    double loglikNull,
    double loglik,
    ChiSquareTest likelihoodRatio,
    ChiSquareTest wald,
    ChiSquareTest score,
    HarrellConcordance concordance,
    int n,
    int events,
    int iterations,
    boolean converged,
    List<Message> warnings,
    Ties ties) {

  /** Copies the lists and arrays. */
  public CoxFit {
    terms = List.copyOf(terms);
    coef = coef.clone();
    variance = copy(variance);
    warnings = List.copyOf(warnings);
  }

  /** The coefficients (a copy). */
  @Override
  public double[] coef() {
    return coef.clone();
  }

  /** The variance matrix (a copy). */
  @Override
  public double[][] variance() {
    return copy(variance);
  }

  /** Standard errors, the square roots of the variance's diagonal. */
  public double[] se() {
    double[] se = new double[coef.length];
    for (int j = 0; j < se.length; j++) {
      se[j] = Math.sqrt(variance[j][j]);
    }
    return se;
  }

  /**
   * The coefficient table with two-sided Wald intervals for the hazard ratios at the given level.
   *
   * @param level confidence level in (0, 1), e.g. 0.95
   */
  public List<CoxCoefficient> coefficients(double level) {
    if (!(level > 0 && level < 1)) {
      throw StatsMessages.error("cox.level", level);
    }
    NormalDistribution normal = NormalDistribution.of(0, 1);
    double q = normal.inverseSurvivalProbability((1 - level) / 2);
    double[] se = se();
    List<CoxCoefficient> rows = new ArrayList<>();
    for (int j = 0; j < coef.length; j++) {
      double z = coef[j] / se[j];
      rows.add(
          new CoxCoefficient(
              terms.get(j),
              coef[j],
              se[j],
              Math.exp(coef[j]),
              Math.exp(coef[j] - q * se[j]),
              Math.exp(coef[j] + q * se[j]),
              z,
              2 * normal.survivalProbability(Math.abs(z))));
    }
    return rows;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
