package org.celltrial.clinical.grading.ctcae;

import java.math.BigDecimal;

/**
 * The CTCAE v5.0 hematologic lab terms and their band cut-offs in canonical units (10^9/L; g/dL for
 * hemoglobin). Bands read "&lt; cut": grade g applies when the value is below cut g and not below
 * cut g+1; grade 1 needs a value below the lower limit of normal.
 */
public enum LabTest {
  ANC("Neutrophil count decreased", "1.5", "1.0", "0.5"),
  PLT("Platelet count decreased", "75", "50", "25"),
  /** Anemia grade 4 (life-threatening) is clinical, not lab-derivable. */
  HGB("Anemia", "10.0", "8.0", null),
  ALC("Lymphocyte count decreased", "0.8", "0.5", "0.2"),
  WBC("White blood cell decreased", "3.0", "2.0", "1.0");

  private final String term;
  private final BigDecimal[] cuts;

  LabTest(String term, String g2, String g3, String g4) {
    this.term = term;
    this.cuts =
        new BigDecimal[] {
          new BigDecimal(g2), new BigDecimal(g3), g4 == null ? null : new BigDecimal(g4)
        };
  }

  /** The CTCAE term, e.g. {@code Neutrophil count decreased}. */
  public String term() {
    return term;
  }

  /** The value below which grade {@code g} (2, 3 or 4) starts; {@code null} for anemia grade 4. */
  public BigDecimal cut(int g) {
    return cuts[g - 2];
  }

  /** The canonical unit: {@code 10^9/L}, or {@code g/dL} for hemoglobin. */
  public String unit() {
    return this == HGB ? "g/dL" : "10^9/L";
  }
}
