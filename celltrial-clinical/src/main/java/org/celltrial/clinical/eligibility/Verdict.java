package org.celltrial.clinical.eligibility;

/** The answer of one criterion. */
public enum Verdict {
  /** The subject's data meet the criterion. */
  MET,
  /** The subject's data do not meet it. */
  NOT_MET,
  /** Data needed to decide are missing; the criterion names them. */
  UNDECIDED;

  /**
   * The verdict of several criteria together: not met if any is not met, else undecided if any is
   * undecided, else met.
   */
  public static Verdict all(Iterable<Verdict> verdicts) {
    Verdict result = MET;
    for (Verdict v : verdicts) {
      if (v == NOT_MET) {
        return NOT_MET;
      }
      if (v == UNDECIDED) {
        result = UNDECIDED;
      }
    }
    return result;
  }
}
