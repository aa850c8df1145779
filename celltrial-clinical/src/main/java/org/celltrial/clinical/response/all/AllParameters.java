package org.celltrial.clinical.response.all;

/**
 * Protocol choices for B-ALL response.
 *
 * @param relapseMarrowPercent marrow blasts at or above this after CR/CRi mean relapse (NCCN-style
 *     5%; the BBMT 2010 table uses 25%)
 * @param mrdThreshold MRD negativity threshold (10^-4)
 * @param anc ANC needed for CR, 10^9/L (1.0; CIBMTR writes at least)
 * @param platelets platelets needed for CR, 10^9/L (100)
 */
public record AllParameters(
    double relapseMarrowPercent, double mrdThreshold, double anc, double platelets) {
  /** The CIBMTR/NCCN-style defaults. */
  public static final AllParameters DEFAULT = new AllParameters(5.0, 1e-4, 1.0, 100.0);
}
