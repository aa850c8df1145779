package org.celltrial.design.gsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/** Invariants every design must keep, whatever the looks and the spending function. */
class GsdPropertiesTest {

  @Property(tries = 40)
  void alphaSpentEqualsTheSpendingFunctionAtEveryLook(
      @ForAll @IntRange(min = 2, max = 5) int looks,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g1,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g2,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g3,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g4,
      @ForAll @IntRange(min = 0, max = 2) int family,
      @ForAll @DoubleRange(min = -10, max = 5) double gamma,
      @ForAll @DoubleRange(min = 0.001, max = 0.1) @Scale(4) double alpha) {
    double[] t = fractions(looks, g1, g2, g3, g4);
    SpendingFunction spending = family(family, gamma);
    GroupSequentialDesign d =
        GroupSequentialDesigner.design(new GsdSpec(t, alpha, 0.1, spending, null));
    for (int k = 0; k < looks; k++) {
      assertThat(d.alphaSpent()[k])
          .as("look %d of %s at %s", k + 1, spending, java.util.Arrays.toString(t))
          .isCloseTo(spending.spent(alpha, t[k]), within(1e-11));
      assertThat(d.stageLevels()[k]).isLessThanOrEqualTo(d.alphaSpent()[k] + 1e-15);
    }
    assertThat(d.power()[looks - 1]).isCloseTo(0.9, within(1e-10));
    assertThat(d.inflationFactor()).isGreaterThanOrEqualTo(1.0);
  }

  @Property(tries = 25)
  void betaSpendingMeetsItsTargetsAndTheBoundariesMeetAtTheEnd(
      @ForAll @IntRange(min = 2, max = 5) int looks,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g1,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g2,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g3,
      @ForAll @DoubleRange(min = 0.2, max = 1) double g4,
      @ForAll @IntRange(min = 0, max = 2) int family,
      @ForAll @DoubleRange(min = -4, max = 1) double gamma,
      @ForAll @DoubleRange(min = 0.05, max = 0.3) double beta) {
    double[] t = fractions(looks, g1, g2, g3, g4);
    SpendingFunction futility = family(family, gamma);
    GroupSequentialDesign d =
        GroupSequentialDesigner.design(
            new GsdSpec(t, 0.025, beta, new SpendingFunction.OBrienFleming(), futility));
    assertThat(d.futilityBounds()).hasSize(looks - 1);
    for (int k = 0; k < looks; k++) {
      assertThat(d.betaSpent()[k]).isCloseTo(futility.spent(beta, t[k]), within(1e-10));
    }
    assertThat(d.power()[looks - 1]).isCloseTo(1 - beta, within(1e-9));
    GroupSequentialDesign without =
        GroupSequentialDesigner.design(
            new GsdSpec(t, 0.025, beta, new SpendingFunction.OBrienFleming(), null));
    assertThat(d.criticalValues())
        .as("non-binding: same efficacy")
        .isEqualTo(without.criticalValues());
    assertThat(d.inflationFactor()).isGreaterThan(without.inflationFactor());
  }

  @Test
  void obrienFlemingBoundariesDecreaseTowardTheFixedDesignValue() {
    for (int looks = 2; looks <= 5; looks++) {
      double[] t = GsdSpec.equallySpaced(looks);
      double[] b =
          GroupSequentialDesigner.design(
                  new GsdSpec(t, 0.025, 0.1, new SpendingFunction.OBrienFleming(), null))
              .criticalValues();
      for (int k = 1; k < looks; k++) {
        assertThat(b[k]).as("OBF look %d of %d", k + 1, looks).isLessThan(b[k - 1]);
      }
      // The final OBF boundary stays above the fixed design's 1.959964 but close to it.
      assertThat(b[looks - 1]).isBetween(1.959964, 2.1);
    }
  }

  @Test
  void twoLookBoundaryEqualsTheBivariateNormalCalculation() {
    // Independent check of the recursion at K = 2: P(Z1 < b1, Z2 ≥ b2) with corr √(t1/t2),
    // written as ∫ φ(u) Φ̄((b2 − ρu)/√(1−ρ²)) du over u < b1 and integrated by Hipparchus'
    // iterative Legendre-Gauss integrator, which shares nothing with SequentialNormal.
    double[] t = {0.4, 1};
    GroupSequentialDesign d =
        GroupSequentialDesigner.design(
            new GsdSpec(t, 0.025, 0.1, new SpendingFunction.Pocock(), null));
    double b1 = d.criticalValues()[0];
    double b2 = d.criticalValues()[1];
    double rho = Math.sqrt(0.4);
    NormalDistribution n = NormalDistribution.of(0, 1);
    IterativeLegendreGaussIntegrator integrator =
        new IterativeLegendreGaussIntegrator(10, 1e-14, 1e-16);
    double second =
        integrator.integrate(
            100_000,
            u -> n.density(u) * n.survivalProbability((b2 - rho * u) / Math.sqrt(1 - rho * rho)),
            -12,
            b1);
    double spent = 0.025 * Math.log1p((Math.E - 1) * 0.4);
    assertThat(n.survivalProbability(b1)).isCloseTo(spent, within(1e-15));
    assertThat(spent + second).isCloseTo(0.025, within(1e-11));
  }

  static SpendingFunction family(int family, double gamma) {
    return switch (family) {
      case 0 -> new SpendingFunction.OBrienFleming();
      case 1 -> new SpendingFunction.Pocock();
      default -> new SpendingFunction.HwangShihDeCani(gamma);
    };
  }

  /** Increasing fractions ending at 1 from positive gaps. */
  static double[] fractions(int looks, double... gaps) {
    double[] t = new double[looks];
    double sum = 0;
    for (int k = 0; k < looks; k++) {
      sum += k < gaps.length ? gaps[k] : 0.5;
      t[k] = sum;
    }
    for (int k = 0; k < looks; k++) {
      t[k] /= sum;
    }
    t[looks - 1] = 1;
    return t;
  }
}
