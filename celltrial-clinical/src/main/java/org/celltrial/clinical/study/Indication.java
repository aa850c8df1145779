package org.celltrial.clinical.study;

/** The indications of the guideline's scope. */
public enum Indication {
  /** B-cell acute lymphoblastic leukemia (G-POP-3). */
  B_ALL,
  /** B-cell non-Hodgkin lymphoma (G-POP-4). */
  B_NHL,
  /** Multiple myeloma (G-POP-5). */
  MM
}
