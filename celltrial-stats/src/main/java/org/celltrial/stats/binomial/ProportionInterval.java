package org.celltrial.stats.binomial;

/**
 * A confidence interval for a binomial proportion.
 *
 * @param method how it was computed
 * @param level the two-sided confidence level, e.g. 0.95
 * @param lower the lower limit, in [0, 1]
 * @param upper the upper limit, in [0, 1]
 */
public record ProportionInterval(
    BinomialInterval method, double level, double lower, double upper) {}
