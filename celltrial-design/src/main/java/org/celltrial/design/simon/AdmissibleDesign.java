package org.celltrial.design.simon;

/**
 * A design that minimises the expected loss {@code q·EN0 + (1 − q)·n} for every weight q in
 * [qLower, qUpper] (Jung, Lee, Kim and George 2004): q = 0 gives the minimax design, q = 1 the
 * optimal design.
 *
 * @param design the design
 * @param qLower the smallest weight on EN0 for which it is best
 * @param qUpper the largest
 */
public record AdmissibleDesign(SimonDesign design, double qLower, double qUpper) {}
