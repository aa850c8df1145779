package org.celltrial.stats.competing;

import java.util.List;

/**
 * A fitted Fine–Gray subdistribution hazards model, as {@code cmprsk::crr} reports it.
 *
 * @param failcode the cause modelled
 * @param level the confidence level of the coefficients' limits
 * @param coefficients one per covariate, in input order
 * @param variance the robust variance matrix of β (crr's {@code var}), row by row
 * @param logLik the log pseudo-likelihood at β̂ (crr's {@code loglik})
 * @param logLikNull the log pseudo-likelihood at β = 0 (crr's {@code loglik.null})
 * @param converged whether Newton–Raphson met the convergence rule
 * @param iterations Newton steps taken
 * @param n subjects used
 * @param events events of the modelled cause
 */
public record FineGrayFit(
    int failcode,
    double level,
    List<FineGrayCoefficient> coefficients,
    List<List<Double>> variance,
    double logLik,
    double logLikNull,
    boolean converged,
    int iterations,
    int n,
    int events) {
  /** Copies the lists. */
  public FineGrayFit {
    coefficients = List.copyOf(coefficients);
    variance = variance.stream().map(List::copyOf).toList();
  }
}
