package org.celltrial.clinical.safety.malignancy;

/**
 * The result of one test of a link between a new malignancy and the CAR-T product: CAR transgene in
 * the tumor, a T-cell clone shared with the product, vector integration sites.
 */
public enum LinkTest {
  POSITIVE,
  NEGATIVE,
  PENDING,
  NOT_TESTED;

  /** Whether this result excludes a link: only a negative test does. */
  public boolean excludes() {
    return this == NEGATIVE;
  }
}
