package org.celltrial.stats.rmst;

/**
 * The difference in restricted mean survival time between two independent groups, {@code μ_group −
 * μ_reference}, with the normal interval and two-sided Wald p-value of survRM2's {@code rmst2} (Uno
 * et al. 2014): {@code se = sqrt(se_group² + se_reference²)}.
 *
 * @param tau the horizon
 * @param estimate {@code μ_group − μ_reference}
 * @param se {@code sqrt(se_group² + se_reference²)}
 * @param lower {@code estimate − z·se}
 * @param upper {@code estimate + z·se}
 * @param pValue {@code 2·Φ(−|estimate / se|)}; NaN when se = 0
 * @param level two-sided confidence level
 */
public record RmstDifference(
    double tau,
    double estimate,
    double se,
    double lower,
    double upper,
    double pValue,
    double level) {}
