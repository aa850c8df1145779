package org.celltrial.clinical.safety.infection;

/** The most intensive treatment an infection needed (the axis of the CTCAE v5.0 grades). */
public enum Management {
  /** No treatment, or local/topical treatment only. */
  LOCAL,
  /** Oral antimicrobials. */
  ORAL,
  /** Intravenous antibacterial, antifungal or antiviral treatment. */
  INTRAVENOUS,
  /** Radiologic or operative intervention. */
  INVASIVE
}
