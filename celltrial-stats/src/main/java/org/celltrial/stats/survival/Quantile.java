package org.celltrial.stats.survival;

/**
 * A quantile of the event-time distribution read from a survival curve, with its confidence
 * interval, as R's {@code quantile.survfit}: the p-quantile is the first time with S ≤ 1 − p.
 *
 * @param p the probability, e.g. 0.5 for the median
 * @param estimate the time; NaN (R's NA) when S never falls to 1 − p
 * @param lower from the lower confidence curve; NaN when it never falls to 1 − p
 * @param upper from the upper confidence curve; NaN (not reached) is common for small samples
 */
public record Quantile(double p, double estimate, double lower, double upper) {}
