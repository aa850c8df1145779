package org.celltrial.design.singlearm;

/**
 * One point of a power curve.
 *
 * @param rate the true response rate among subjects who reach the landmark
 * @param effectiveRate the rate counted over all subjects, {@code rate·(1 − d)} (G-EP-6)
 * @param power the probability that the rule meets the target, {@code P(X ≥ r | n, effectiveRate)}
 */
public record PowerPoint(double rate, double effectiveRate, double power) {}
