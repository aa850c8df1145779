package org.celltrial.stats.rmst;

/**
 * The restricted mean survival time of one group up to tau.
 *
 * @param tau the horizon
 * @param estimate area under the Kaplan–Meier curve from 0 to tau (R's {@code rmean})
 * @param se its standard error (R's {@code se(rmean)})
 * @param lower lower limit of the normal interval {@code estimate − z·se}
 * @param upper upper limit {@code estimate + z·se}
 * @param level two-sided confidence level
 */
public record RmstEstimate(
    double tau, double estimate, double se, double lower, double upper, double level) {}
