package org.celltrial.analysis.study;

import org.celltrial.common.i18n.Message;

/**
 * The response rate of one subgroup level, a row of the forest plot (G-BR-3, subgroups of the
 * primary endpoint).
 *
 * @param group the grouping (age group, disease subtype, prior lines, bridging, dose level)
 * @param level the level within the grouping
 * @param n infused subjects in the level
 * @param responders responders among them (ORR; CR/CRi for B-ALL)
 * @param rate {@code responders / n}
 * @param lower lower limit of the two-sided 95 % Clopper–Pearson interval
 * @param upper upper limit of the two-sided 95 % Clopper–Pearson interval
 */
public record SubgroupEstimate(
    Message group, Message level, int n, int responders, double rate, double lower, double upper) {}
