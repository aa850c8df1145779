package org.celltrial.clinical.grading;

/**
 * The grading system and version a grade was assigned by; stored with every grade so that grades
 * from different versions are never mixed (CTCAE 6.0 changed the neutrophil and platelet bands).
 */
public enum GradingSystem {
  /** Lee et al., Biol Blood Marrow Transplant 2019;25:625-638 (CRS and ICANS). */
  ASTCT_2019("ASTCT 2019"),
  /** NCI Common Terminology Criteria for Adverse Events v5.0 (2017). */
  CTCAE_5_0("CTCAE 5.0"),
  /** Rejeski et al., Blood 2023;142:865-877 (immune effector cell-associated hematotoxicity). */
  EHA_EBMT_2023("EHA/EBMT 2023");

  private final String label;

  GradingSystem(String label) {
    this.label = label;
  }

  /** The name and version as printed and stored, e.g. {@code ASTCT 2019}. */
  public String label() {
    return label;
  }
}
