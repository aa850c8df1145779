package org.celltrial.clinical.grading.crs;

/**
 * Vasopressors counted for CRS hypotension (Lee et al. 2019). Vasopressin never counts towards
 * "multiple vasopressors".
 */
public enum Vasopressor {
  NOREPINEPHRINE,
  EPINEPHRINE,
  PHENYLEPHRINE,
  DOPAMINE,
  VASOPRESSIN
}
