package org.celltrial.clinical.grading.tls;

/** Which definition of laboratory TLS. */
public enum TlsVariant {
  /**
   * Cairo-Bishop 2004: an absolute threshold or a 25% change from baseline qualifies; the two
   * abnormalities need not be within the same 24 hours.
   */
  CAIRO_BISHOP_2004,
  /** Howard 2011: absolute thresholds only; two abnormalities within the same 24 hours. */
  HOWARD_2011
}
