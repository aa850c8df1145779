package org.celltrial.clinical.safety.dlt;

/** The DLT verdict of one subject. */
public enum DltOutcome {
  /** At least one DLT rule fired within the window. */
  DLT,
  /** Followed through the window with the full dose and no rule fired. */
  NO_DLT,
  /** No DLT, but not followed through the window, not given the full dose, or undecided. */
  NOT_EVALUABLE
}
