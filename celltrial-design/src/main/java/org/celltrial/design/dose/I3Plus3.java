package org.celltrial.design.dose;

/**
 * The interval 3+3 (i3+3) design of Liu, Wang &amp; Ji (2020), J Biopharm Stat 30:294–304.
 *
 * <p>With target φ and equivalence interval EI = [φ − ε₁, φ + ε₂] (default ε₁ = ε₂ = 0.05), after
 * {@code y} DLTs among {@code n} patients at the current dose:
 *
 * <ul>
 *   <li>y/n below EI: escalate;
 *   <li>y/n inside EI (closed): stay;
 *   <li>y/n above EI: stay if (y − 1)/n is below EI (one DLT fewer would have escalated), otherwise
 *       de-escalate.
 * </ul>
 *
 * The {@link Elimination} rule (as BOIN and mTPI-2, Beta(1, 1) prior, cut-off 0.95, n ≥ 3) removes
 * the dose and all higher ones; it takes precedence, as in the authors' decision tables (their R
 * code's {@code get_decision_i3plus3}, which also starts its tables at n = 3). Comparisons with the
 * interval ends allow 1e-9·n so that a decimal boundary written as 0.25 is met by 1/4 exactly as on
 * paper.
 *
 * @param target the target DLT rate φ
 * @param epsilon1 width of EI below φ
 * @param epsilon2 width of EI above φ
 */
public record I3Plus3(double target, double epsilon1, double epsilon2)
    implements DecisionTable.Rule {
  /** Default half-width of the equivalence interval. */
  public static final double DEFAULT_EPSILON = 0.05;

  private static final double SLACK = 1e-9;

  /** Checks the rates. */
  public I3Plus3 {
    DoseChecks.target(target);
  }

  /** i3+3 with the paper's default EI = [φ − 0.05, φ + 0.05]. */
  public static I3Plus3 of(double target) {
    return new I3Plus3(target, DEFAULT_EPSILON, DEFAULT_EPSILON);
  }

  /** The decision table for 1 to {@code maxN} patients at a dose. */
  public DecisionTable table(int maxN) {
    return DecisionTable.tabulate(maxN, this);
  }

  @Override
  public boolean defines(int n) {
    return true;
  }

  @Override
  public Decision decide(int n, int dlt) {
    if (Elimination.eliminates(target, n, dlt)) {
      return Decision.ELIMINATE;
    }
    if (belowInterval(n, dlt)) {
      return Decision.ESCALATE;
    }
    if (dlt <= n * (target + epsilon2) + SLACK * n) {
      return Decision.STAY;
    }
    return belowInterval(n, dlt - 1) ? Decision.STAY : Decision.DE_ESCALATE;
  }

  private boolean belowInterval(int n, int dlt) {
    return dlt < n * (target - epsilon1) - SLACK * n;
  }
}
