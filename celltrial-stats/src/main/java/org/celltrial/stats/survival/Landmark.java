package org.celltrial.stats.survival;

/**
 * The survival curve read at a chosen time, as R's {@code summary(fit, times = t, extend = TRUE)}:
 * the last row at or before t (before the first row: S = 1 with limits 1, as R's {@code survfit0}).
 *
 * @param time the landmark t
 * @param surv S(t)
 * @param seSurv Greenwood standard error of S(t) on the survival scale, S·σ (R's summary {@code
 *     std.err}); NaN where S = 0 and σ is infinite
 * @param lower lower confidence limit, NaN where R gives NA
 * @param upper upper confidence limit, NaN where R gives NA
 * @param nRisk number at risk at t (at the first row at or after t; 0 beyond the last one)
 * @param beyondFollowUp whether t lies after the last observed time: the values are carried forward
 *     as R does with {@code extend = TRUE}, while R's default ({@code extend = FALSE}) omits such a
 *     time
 */
public record Landmark(
    double time,
    double surv,
    double seSurv,
    double lower,
    double upper,
    int nRisk,
    boolean beyondFollowUp) {}
