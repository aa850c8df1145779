package org.celltrial.clinical.safety.dlt;

/** What a graded toxicity is, as far as DLT rules distinguish. */
public enum ToxicityKind {
  /** Cytokine release syndrome, ASTCT 2019 grade. */
  CRS,
  /** Immune effector cell-associated neurotoxicity syndrome, ASTCT 2019 grade. */
  ICANS,
  /** Neutrophil count decreased, CTCAE 5.0. */
  NEUTROPENIA,
  /** Platelet count decreased, CTCAE 5.0. */
  THROMBOCYTOPENIA,
  /** Anemia and other hematologic terms, CTCAE 5.0. */
  OTHER_HEMATOLOGIC,
  /** Any non-hematologic adverse event other than CRS and ICANS, CTCAE 5.0. */
  NON_HEMATOLOGIC;

  /** Whether this is a hematologic toxicity. */
  public boolean hematologic() {
    return this == NEUTROPENIA || this == THROMBOCYTOPENIA || this == OTHER_HEMATOLOGIC;
  }
}
