package org.celltrial.stats.competing;

/**
 * Gray's test that the cumulative incidence of one cause is equal across groups.
 *
 * @param cause the cause tested
 * @param statistic the chi-square statistic {@code s'V⁻¹s}
 * @param df degrees of freedom, groups − 1
 * @param pValue upper tail of the chi-square distribution with {@code df} degrees of freedom
 */
public record GrayTestResult(int cause, double statistic, int df, double pValue) {}
