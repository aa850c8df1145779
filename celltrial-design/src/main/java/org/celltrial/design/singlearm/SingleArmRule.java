package org.celltrial.design.singlearm;

/**
 * A single-arm decision rule: with n subjects, the target value is met when at least r respond.
 *
 * <p>G-DES-2 states the rule as "the lower limit of the two-sided (1 − 2α) Clopper–Pearson interval
 * exceeds p0". The two agree: the lower limit L(x) is the α quantile of Beta(x, n − x + 1), and
 * {@code P(Beta(x, n−x+1) ≤ p0) = P(X ≥ x | n, p0)}, so L(x) &gt; p0 exactly when {@code P(X ≥ x |
 * n, p0) < α}, which is how r is chosen. Hence {@link #lowerAtR()} &gt; p0 ≥ {@link
 * #lowerBelowR()}, which each plan reports as evidence.
 *
 * @param n subjects
 * @param r responders needed (reject H0: p ≤ p0 when X ≥ r)
 * @param size attained one-sided α, {@code P(X ≥ r | n, p0)}
 * @param power {@code P(X ≥ r | n, p1·(1 − d))}
 * @param lowerAtR the (1 − 2α) Clopper–Pearson lower limit with r responders
 * @param lowerBelowR the same limit with r − 1 responders
 */
public record SingleArmRule(
    int n, int r, double size, double power, double lowerAtR, double lowerBelowR) {}
