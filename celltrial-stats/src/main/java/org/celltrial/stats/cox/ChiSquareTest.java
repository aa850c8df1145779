package org.celltrial.stats.cox;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * A chi-square test of all coefficients being 0.
 *
 * @param statistic the chi-square statistic
 * @param df degrees of freedom
 * @param p the upper-tail p-value
 */
public record ChiSquareTest(double statistic, int df, double p) {

  static ChiSquareTest of(double statistic, int df) {
    return new ChiSquareTest(
        statistic, df, ChiSquaredDistribution.of(df).survivalProbability(statistic));
  }
}
