package org.celltrial.clinical.response.all;

/**
 * B-ALL MRD classes at the threshold (10^-4). "Below threshold" (detected, quantified under 10^-4)
 * and "undetectable" (not detected at a sensitivity reaching 10^-4) are kept apart: trials such as
 * ELIANA count both as MRD-negative, the strict rule only the second.
 */
public enum MrdClass {
  /** Not detected at a sensitivity of the threshold or better. */
  UNDETECTABLE,
  /** Detected, but below the threshold. */
  BELOW_THRESHOLD,
  /** At or above the threshold (MRD failure). */
  POSITIVE,
  /** Not detected at a sensitivity that does not reach the threshold. */
  INSUFFICIENT_SENSITIVITY;

  /** MRD-negative under the trial-style rule (level below 10^-4). */
  public boolean trialNegative() {
    return this == UNDETECTABLE || this == BELOW_THRESHOLD;
  }

  /** MRD-negative under the strict rule (nothing detected at 10^-4 sensitivity). */
  public boolean strictNegative() {
    return this == UNDETECTABLE;
  }
}
