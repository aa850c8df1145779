package org.celltrial.clinical.response.lugano;

/** The reader's comparison of FDG uptake intensity with baseline. */
public enum UptakeChange {
  /** Uptake reduced from baseline. */
  REDUCED,
  /** No significant change from baseline. */
  UNCHANGED,
  /** Uptake increased from baseline. */
  INCREASED
}
