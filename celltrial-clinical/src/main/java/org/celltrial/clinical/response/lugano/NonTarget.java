package org.celltrial.clinical.response.lugano;

/** The state of the non-measured (non-target) lesions. */
public enum NonTarget {
  /** Absent or normal. */
  ABSENT,
  /** Present, regressed or not increased. */
  PRESENT,
  /** New or unequivocal progression. */
  PROGRESSED
}
