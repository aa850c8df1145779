package org.celltrial.stats.competing;

/**
 * One coefficient of a Fine–Gray model with its Wald inference.
 *
 * @param name the covariate
 * @param coef the log subdistribution hazard ratio β
 * @param se its robust (sandwich) standard error
 * @param hazardRatio exp(β)
 * @param lower lower limit of exp(β), {@code exp(β − z·se)}
 * @param upper upper limit of exp(β), {@code exp(β + z·se)}
 * @param z the Wald statistic β / se
 * @param p the two-sided p-value {@code 2·(1 − Φ(|z|))}
 */
public record FineGrayCoefficient(
    String name,
    double coef,
    double se,
    double hazardRatio,
    double lower,
    double upper,
    double z,
    double p) {}
