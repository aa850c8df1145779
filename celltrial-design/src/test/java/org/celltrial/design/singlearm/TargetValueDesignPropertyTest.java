package org.celltrial.design.singlearm;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.RateHypotheses;
import org.celltrial.stats.binomial.TargetValueVerdict;

/** Invariants of every single-arm plan, over random hypotheses. */
class TargetValueDesignPropertyTest {

  @Property(tries = 200)
  void bothRulesKeepAlphaAndReachPower(
      @ForAll @Scale(4) @DoubleRange(min = 0.02, max = 0.8) double p0,
      @ForAll @Scale(4) @DoubleRange(min = 0.1, max = 0.3) double gap,
      @ForAll @Scale(4) @DoubleRange(min = 0.005, max = 0.2) double alpha,
      @ForAll @Scale(4) @DoubleRange(min = 0.6, max = 0.95) double power,
      @ForAll @Scale(4) @DoubleRange(min = 0, max = 0.1) double dropout) {
    double p1 = Math.min(p0 + gap, 0.99);
    Assume.that(p1 * (1 - dropout) > p0 + 0.05);
    TargetValuePlan plan =
        new TargetValueDesign(new RateHypotheses(p0, p1, alpha, power), dropout, 2000).solve();
    for (SingleArmRule rule : new SingleArmRule[] {plan.first(), plan.stable()}) {
      assertThat(rule.size()).isLessThanOrEqualTo(alpha);
      assertThat(rule.power()).isGreaterThanOrEqualTo(power);
      // G-DES-2: the exact lower limit clears p0 with r responders and not with r - 1
      assertThat(rule.lowerAtR()).isGreaterThan(p0);
      assertThat(rule.lowerBelowR()).isLessThanOrEqualTo(p0);
    }
    assertThat(plan.first().n()).isLessThanOrEqualTo(plan.stable().n());
    assertThat(plan.dips()).allMatch(n -> n > plan.first().n() && n < plan.stable().n());
  }

  /**
   * G-DES-2 equivalence: for every n and every count x, "x ≥ r(n)" (exact test rejects) holds
   * exactly when the two-sided (1 − 2α) Clopper–Pearson lower limit of x/n exceeds p0.
   */
  @Property(tries = 300)
  void exactTestAndConfidenceLimitRuleAgreeForEveryCount(
      @ForAll @Scale(4) @DoubleRange(min = 0.01, max = 0.95) double p0,
      @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.25) double alpha,
      @ForAll @IntRange(min = 1, max = 150) int n) {
    ExactBinomialRules rules = ExactBinomialRules.compute(p0, 0.99, alpha, n);
    int r = rules.critical(n);
    for (int x = 0; x <= n; x++) {
      boolean met = TargetValueVerdict.judge(x, n, p0, 1 - 2 * alpha).met();
      assertThat(met).as("x=%d n=%d r=%d", x, n, r).isEqualTo(x >= r);
    }
  }

  @Property(tries = 200)
  void criticalValueIsTheSmallestWithSizeBelowAlpha(
      @ForAll @Scale(4) @DoubleRange(min = 0.01, max = 0.95) double p0,
      @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.25) double alpha,
      @ForAll @IntRange(min = 1, max = 300) int n) {
    ExactBinomialRules rules = ExactBinomialRules.compute(p0, 0.5, alpha, n);
    int r = rules.critical(n);
    BinomialDistribution d = BinomialDistribution.of(n, p0);
    assertThat(ExactBinomialRules.tail(d, r, n)).isLessThan(alpha);
    assertThat(ExactBinomialRules.tail(d, r - 1, n)).isGreaterThanOrEqualTo(alpha);
  }

  /**
   * The O(1)-per-n recurrences agree with the regularized incomplete beta function
   * (commons-statistics) to the project's tolerance, up to n = 3000.
   */
  @Property(tries = 60)
  void recurrencesMatchTheIncompleteBetaFunction(
      @ForAll @Scale(4) @DoubleRange(min = 0.01, max = 0.95) double p0,
      @ForAll @Scale(4) @DoubleRange(min = 0.01, max = 0.99) double alternative,
      @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.25) double alpha,
      @ForAll @IntRange(min = 1, max = 3000) int n) {
    ExactBinomialRules rules = ExactBinomialRules.compute(p0, alternative, alpha, n);
    int r = rules.critical(n);
    Reference.assertClose(
        "size", rules.size(n), ExactBinomialRules.tail(BinomialDistribution.of(n, p0), r, n));
    Reference.assertClose(
        "power",
        rules.power(n),
        ExactBinomialRules.tail(BinomialDistribution.of(n, alternative), r, n));
  }
}
