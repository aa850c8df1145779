package org.celltrial.stats.cox;

/**
 * One row of the coefficient table, as R's {@code summary(coxph)} prints it.
 *
 * @param term the term, as R names it (e.g. {@code celltypesmallcell})
 * @param coef the log hazard ratio β
 * @param se its standard error
 * @param hr the hazard ratio {@code exp(β)}
 * @param lower {@code exp(β − z·se)}, z the normal quantile of the level
 * @param upper {@code exp(β + z·se)}
 * @param z the Wald statistic {@code β/se}
 * @param p the two-sided Wald p-value
 */
public record CoxCoefficient(
    String term,
    double coef,
    double se,
    double hr,
    double lower,
    double upper,
    double z,
    double p) {}
