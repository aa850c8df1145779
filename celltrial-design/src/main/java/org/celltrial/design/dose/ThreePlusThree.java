package org.celltrial.design.dose;

/**
 * The standard 3+3 design (Storer 1989, Biometrics 45:925–937), in cohorts of exactly 3:
 *
 * <ul>
 *   <li>0/3 DLTs: escalate;
 *   <li>1/3: stay, treating 3 more at the same dose; then ≤ 1/6: escalate;
 *   <li>≥ 2/3 or ≥ 2/6: the dose exceeds the MTD and is never used again ({@link
 *       Decision#ELIMINATE}): de-escalate; a lower dose with only 3 patients is expanded to 6, the
 *       trial stops at the first lower dose with ≤ 1/6, which is the MTD; when the lowest dose
 *       exceeds the MTD the trial stops without one.
 *   <li>At the highest dose, "escalate" after 0/3 expands it to 6; with ≤ 1/6 it is the MTD.
 * </ul>
 *
 * The MTD is thus the highest dose with ≤ 1 DLT among 6 patients below the lowest dose with ≥ 2.
 */
public final class ThreePlusThree implements DecisionTable.Rule {
  /** The cohort size of the 3+3 design. */
  public static final int COHORT = 3;

  /** The one instance: the design has no parameter. */
  public static final ThreePlusThree INSTANCE = new ThreePlusThree();

  private ThreePlusThree() {}

  /** The decision table: rows for 3 and 6 patients. */
  public DecisionTable table() {
    return DecisionTable.tabulate(2 * COHORT, this);
  }

  @Override
  public boolean defines(int n) {
    return n == COHORT || n == 2 * COHORT;
  }

  @Override
  public Decision decide(int n, int dlt) {
    if (dlt >= 2) {
      return Decision.ELIMINATE;
    }
    if (n == COHORT) {
      return dlt == 0 ? Decision.ESCALATE : Decision.STAY;
    }
    return Decision.ESCALATE;
  }
}
