package org.celltrial.design.simon;

/**
 * A Simon two-stage design in Simon's convention: enrol n1; stop for futility when at most r1
 * respond; otherwise enrol n − n1 more and reject H0: p ≤ p0 when more than r respond in total.
 *
 * @param r1 stage-1 futility bound: stop when responses ≤ r1
 * @param n1 stage-1 subjects
 * @param r final bound: reject H0 when total responses &gt; r
 * @param n total subjects
 * @param size attained α, {@code P(X1 > r1, X1 + X2 > r | p0)}
 * @param power attained power, the same probability at p1
 * @param pet0 probability of early termination under H0, {@code P(X1 ≤ r1 | p0)}
 * @param en0 expected sample size under H0, {@code n1 + (1 − PET0)·(n − n1)}
 */
public record SimonDesign(
    int r1, int n1, int r, int n, double size, double power, double pet0, double en0) {}
