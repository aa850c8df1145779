package org.celltrial.design;

/**
 * The hypotheses and error rates of a design with a binary primary endpoint (response rate): H0: p
 * ≤ p0 against H1: p ≥ p1, tested one-sided at level α with power 1 − β at p1.
 *
 * <p>p0 is the target value set from best available therapy (G-DES-2 to G-DES-4); p1 is the rate
 * the product is expected to reach. A one-sided α of 0.025 corresponds to the two-sided 95%
 * confidence interval G-DES-2 judges the result by.
 *
 * @param p0 the target value, in (0, 1)
 * @param p1 the expected rate, in (p0, 1)
 * @param alpha the one-sided significance level, in (0, 0.5)
 * @param power the required power at p1, in (0.5, 1)
 */
public record RateHypotheses(double p0, double p1, double alpha, double power) {

  /**
   * Validates every value, naming the option, the value and the rule.
   *
   * @throws org.celltrial.common.i18n.CelltrialException on the first bad value
   */
  public RateHypotheses {
    if (!(p0 > 0 && p0 < 1)) {
      throw DesignMessages.error("design.p0", p0);
    }
    if (!(p1 > p0 && p1 < 1)) {
      throw DesignMessages.error("design.p1", p1, p0);
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw DesignMessages.error("design.alpha", alpha);
    }
    if (!(power > 0.5 && power < 1)) {
      throw DesignMessages.error("design.power", power);
    }
  }

  /** The two-sided confidence level 1 − 2α whose exact interval matches the one-sided test. */
  public double twoSidedLevel() {
    return 1 - 2 * alpha;
  }
}
