package org.celltrial.clinical.grading.tls;

import java.math.BigDecimal;

/**
 * The laboratory criteria of TLS with their absolute thresholds in conventional units (Cairo and
 * Bishop 2004): uric acid ≥ 8.0 mg/dL (children: above the age ULN), potassium ≥ 6.0 mmol/L,
 * phosphate ≥ 4.5 mg/dL (children ≥ 6.5 mg/dL), corrected calcium ≤ 7.0 mg/dL. The 2004 alternative
 * is a 25% rise (calcium: fall) from baseline.
 */
public enum TlsAnalyte {
  URIC_ACID("mg/dL", "8.0", "8.0", true),
  POTASSIUM("mmol/L", "6.0", "6.0", true),
  PHOSPHATE("mg/dL", "4.5", "6.5", true),
  CALCIUM("mg/dL", "7.0", "7.0", false);

  private final String unit;
  private final BigDecimal adult;
  private final BigDecimal child;
  private final boolean high;

  TlsAnalyte(String unit, String adult, String child, boolean high) {
    this.unit = unit;
    this.adult = new BigDecimal(adult);
    this.child = new BigDecimal(child);
    this.high = high;
  }

  /** The unit values must be given in. */
  public String unit() {
    return unit;
  }

  /** The absolute threshold, inclusive. */
  public BigDecimal threshold(boolean child) {
    return child ? this.child : adult;
  }

  /** Whether the abnormality is a high value (all but calcium). */
  public boolean high() {
    return high;
  }
}
