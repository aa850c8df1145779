package org.celltrial.design.gsd;

/**
 * A one-sided group-sequential design: its boundaries and operating characteristics. Arrays are
 * indexed by look; {@code futilityBounds} has K − 1 entries (at the last look the futility and
 * efficacy boundaries meet), and it and {@code betaSpent} are empty without β-spending.
 *
 * @param spec what was asked
 * @param criticalValues efficacy boundaries {@code b_k} on the z scale: reject H0 at look k when
 *     {@code Z_k ≥ b_k} (rpact {@code criticalValues})
 * @param stageLevels nominal one-sided p-value boundaries {@code 1 − Φ(b_k)} (rpact {@code
 *     stageLevels})
 * @param alphaSpent cumulative type I error spent by look k under H0, computed from the joint
 *     distribution, ignoring the non-binding futility boundary (rpact {@code alphaSpent})
 * @param futilityBounds non-binding futility boundaries {@code a_k} on the z scale, k &lt; K (rpact
 *     {@code futilityBounds})
 * @param betaSpent cumulative type II error spent by look k at the alternative (rpact {@code
 *     betaSpent})
 * @param power cumulative probability of rejecting by look k at the alternative, stopping for
 *     futility where a boundary exists (rpact {@code getDesignCharacteristics()$power})
 * @param drift the alternative θ (expected {@code Z_K}) giving power 1 − β; {@code θ²} is rpact's
 *     {@code shift}
 * @param inflationFactor {@code θ² / (z_{1−α} + z_{1−β})²}: the maximum sample size (or number of
 *     events) over that of the fixed design with the same α and power
 */
public record GroupSequentialDesign(
    GsdSpec spec,
    double[] criticalValues,
    double[] stageLevels,
    double[] alphaSpent,
    double[] futilityBounds,
    double[] betaSpent,
    double[] power,
    double drift,
    double inflationFactor) {

  /** Whether the design has a futility boundary. */
  public boolean hasFutility() {
    return spec.betaSpending() != null;
  }
}
