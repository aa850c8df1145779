package org.celltrial.stats.kinetics;

/**
 * What a value below the limit of quantification (BLQ) becomes when it lies after Tmax. A BLQ value
 * at or before Tmax is always 0 (the analyte had not yet risen above the limit), as PKNCA's default
 * {@code conc.blq = list(first = "keep", ...)} with BLQ coded 0.
 */
public enum BlqAfterPeak {
  /**
   * Dropped from the profile (PKNCA's {@code "drop"} for middle and last BLQ): the curve joins the
   * quantifiable values around it, and the profile ends at Tlast.
   */
  EXCLUDE("exclude"),
  /**
   * Kept as 0: the curve falls linearly to 0 at the BLQ time (the log rule needs two values &gt;
   * 0), so an AUC can reach past Tlast to the last sample.
   */
  ZERO("zero");

  private final String label;

  BlqAfterPeak(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON. */
  public String label() {
    return label;
  }
}
