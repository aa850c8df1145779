package org.celltrial.stats.kinetics;

/**
 * Whether the analyte is still detectable at a given day: a sample at or after that day decides.
 */
public enum Persistence {
  /** A quantifiable value at a time ≥ the day. */
  DETECTABLE("detectable"),
  /** Samples at or after the day exist, and none is quantifiable. */
  NOT_DETECTABLE("not-detectable"),
  /** No sample at or after the day: follow-up too short to tell. */
  NOT_EVALUABLE("not-evaluable");

  private final String label;

  Persistence(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON. */
  public String label() {
    return label;
  }

  /**
   * Persistence at {@code day} of a profile sorted by time.
   *
   * @param time sample times, ascending
   * @param quantifiable whether each sample is at or above the limit of quantification
   */
  static Persistence at(double day, double[] time, boolean[] quantifiable) {
    boolean sampled = false;
    for (int i = 0; i < time.length; i++) {
      if (time[i] >= day) {
        if (quantifiable[i]) {
          return DETECTABLE;
        }
        sampled = true;
      }
    }
    return sampled ? NOT_DETECTABLE : NOT_EVALUABLE;
  }
}
