package org.celltrial.stats.binomial;

/**
 * The target-value judgement of a single-arm trial (guideline G-DES-2): the primary endpoint
 * succeeds when the lower limit of its two-sided Clopper–Pearson interval exceeds the target value
 * p0, which was set from best available therapy (G-DES-3, G-DES-4).
 *
 * <p>Strictly above: a lower limit equal to p0 does not meet the target.
 *
 * @param target the target value p0
 * @param interval the two-sided Clopper–Pearson interval it was judged by
 * @param pValueGreater the exact one-sided p-value P(X ≥ x | p0), reported alongside
 * @param met whether {@code interval.lower() > target}
 */
public record TargetValueVerdict(
    double target, ProportionInterval interval, double pValueGreater, boolean met) {

  /** The guideline requirement this verdict answers. */
  public static final String RULE = "G-DES-2";

  /**
   * Judges x responders of n against target p0 at the given two-sided level.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming a bad count, level or target
   */
  public static TargetValueVerdict judge(int x, int n, double target, double level) {
    ExactBinomialTest.checkTarget(target);
    ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(x, n, level);
    return new TargetValueVerdict(
        target, ci, ExactBinomialTest.pValueGreater(x, n, target), ci.lower() > target);
  }
}
