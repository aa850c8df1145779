package org.celltrial.design.dose;

/**
 * What to do with the next cohort after the data at the current dose, ordered from the most to the
 * least aggressive: a design is coherent when more DLTs never give an earlier constant.
 */
public enum Decision {
  /** Treat the next cohort at the next higher dose (if it exists and is not eliminated). */
  ESCALATE("escalate"),
  /** Treat the next cohort at the same dose. */
  STAY("stay"),
  /** Treat the next cohort at the next lower dose (at the lowest dose: stay). */
  DE_ESCALATE("de-escalate"),
  /**
   * The current dose and all higher doses are too toxic and never used again: de-escalate, or stop
   * the trial without an MTD when the current dose is the lowest.
   */
  ELIMINATE("eliminate");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  /** The name used in JSON and message keys, e.g. {@code de-escalate}. */
  public String label() {
    return label;
  }
}
