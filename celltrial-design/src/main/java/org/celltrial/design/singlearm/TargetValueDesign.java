package org.celltrial.design.singlearm;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.celltrial.design.DesignMessages;
import org.celltrial.design.RateHypotheses;
import org.celltrial.stats.binomial.BinomialInterval;

/**
 * A single-arm confirmatory design against a target value (G-DES-1, G-DES-2): the exact binomial
 * sample size n and number of responders r such that rejecting H0: p ≤ p0 when X ≥ r has size ≤ α
 * and power ≥ 1 − β at p1.
 *
 * <p>Exact power is saw-toothed in n: adding a subject sometimes forces r up by one and power
 * drops. So the plan gives both the smallest n whose power reaches the target and the smallest n
 * from which every larger n up to {@code maxN} does (A'Hern RP. Sample size tables for exact
 * single-stage phase II designs. Stat Med 2001;20:859-866; Chernick MR, Liu CY. The saw-toothed
 * behavior of power versus sample size and software solutions. Am Stat 2002;56:149-155).
 *
 * <p>Landmark endpoint (G-EP-6): when the primary endpoint is response at a fixed time after
 * infusion, subjects lost before it count as non-responders, so with a drop-out proportion d the
 * rate counted over all subjects is {@code p·(1 − d)}. The target p0 still applies to that rate;
 * the power is computed at {@code p1·(1 − d)}.
 *
 * @param hypotheses p0, p1, α and power
 * @param dropout proportion d lost before the landmark, in [0, 1); 0 for best overall response
 * @param maxN the largest n searched, 1 … {@value #MAX_N_LIMIT}
 */
public record TargetValueDesign(RateHypotheses hypotheses, double dropout, int maxN) {
  /** Upper bound for {@code maxN}. */
  public static final int MAX_N_LIMIT = 20000;

  /** The default {@code maxN}. */
  public static final int DEFAULT_MAX_N = 1000;

  /**
   * Validates the drop-out proportion, the search limit, and that the expected rate still exceeds
   * p0 after drop-out.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the bad value
   */
  public TargetValueDesign {
    if (!(dropout >= 0 && dropout < 1)) {
      throw DesignMessages.error("design.dropout", dropout);
    }
    if (maxN < 1 || maxN > MAX_N_LIMIT) {
      throw DesignMessages.error("design.maxN", maxN, MAX_N_LIMIT);
    }
    double effective = hypotheses.p1() * (1 - dropout);
    if (!(effective > hypotheses.p0())) {
      throw DesignMessages.error("design.effectiveRate", dropout, effective, hypotheses.p0());
    }
  }

  /** The expected rate counted over all subjects, {@code p1·(1 − d)}. */
  public double effectiveRate() {
    return hypotheses.p1() * (1 - dropout);
  }

  /**
   * Searches n = 1 … maxN.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when no n reaches the power, or when the
   *     power falls below it again at maxN (no stable n found)
   */
  public TargetValuePlan solve() {
    ExactBinomialRules rules =
        ExactBinomialRules.compute(hypotheses.p0(), effectiveRate(), hypotheses.alpha(), maxN);
    double target = hypotheses.power();
    int first = 0;
    int best = 1;
    for (int n = 1; n <= maxN; n++) {
      if (rules.power(n) > rules.power(best)) {
        best = n;
      }
      if (first == 0 && rules.power(n) >= target) {
        first = n;
      }
    }
    if (first == 0) {
      throw DesignMessages.error(
          "design.singleArm.notReached", maxN, target, rules.power(best), best);
    }
    int stable = maxN + 1;
    while (stable > 1 && rules.power(stable - 1) >= target) {
      stable--;
    }
    if (stable > maxN) {
      throw DesignMessages.error("design.singleArm.notStable", maxN, target, first);
    }
    List<Integer> dips = new ArrayList<>();
    for (int n = first + 1; n < stable; n++) {
      if (rules.power(n) < target) {
        dips.add(n);
      }
    }
    SingleArmRule stableRule = rule(rules, stable);
    return new TargetValuePlan(
        this, rule(rules, first), stableRule, dips, curve(stableRule.n(), stableRule.r()));
  }

  private SingleArmRule rule(ExactBinomialRules rules, int n) {
    int r = rules.critical(n);
    double level = hypotheses.twoSidedLevel();
    return new SingleArmRule(
        n,
        r,
        rules.size(n),
        rules.power(n),
        BinomialInterval.CLOPPER_PEARSON.of(r, n, level).lower(),
        BinomialInterval.CLOPPER_PEARSON.of(r - 1, n, level).lower());
  }

  /**
   * Power of the rule (n, r) at true rates from p0 − ½(p1 − p0) to p1 + (p1 − p0) in steps of (p1 −
   * p0)/4, kept inside [0.01, 0.99].
   */
  private List<PowerPoint> curve(int n, int r) {
    double step = (hypotheses.p1() - hypotheses.p0()) / 4;
    List<PowerPoint> points = new ArrayList<>();
    for (int i = -2; i <= 8; i++) {
      double rate = hypotheses.p0() + i * step;
      if (rate >= 0.01 && rate <= 0.99) {
        points.add(powerAt(n, r, rate));
      }
    }
    return points;
  }

  /** The probability {@code P(X ≥ r | n, rate·(1 − d))} that the rule (n, r) meets the target. */
  public PowerPoint powerAt(int n, int r, double rate) {
    double effective = rate * (1 - dropout);
    return new PowerPoint(
        rate, effective, ExactBinomialRules.tail(BinomialDistribution.of(n, effective), r, n));
  }
}
