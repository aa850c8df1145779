package org.celltrial.analysis.study;

import org.celltrial.common.i18n.Message;

/**
 * The response rate in one level of one subgrouping factor (G-BR-3 and the subgroup forest plot).
 *
 * @param group the factor (age group, bridging, dose level …)
 * @param level the level within it
 * @param n subjects in the level
 * @param responders responders among them
 * @param rate responders / n
 * @param lower lower limit of the exact (Clopper–Pearson) 95 % interval
 * @param upper upper limit
 */
public record SubgroupEstimate(
    Message group, Message level, int n, int responders, double rate, double lower, double upper) {}
