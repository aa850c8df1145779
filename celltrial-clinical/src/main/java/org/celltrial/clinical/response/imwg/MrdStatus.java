package org.celltrial.clinical.response.imwg;

/** IMWG 2016 MRD status of one test. */
public enum MrdStatus {
  /** Not detected at a sensitivity reaching the threshold, in a patient in CR or better. */
  NEGATIVE,
  /** Detected. */
  POSITIVE,
  /** Not detected, but the achieved sensitivity does not reach the threshold. */
  NOT_EVALUABLE,
  /** The patient is not in CR or better, so the MRD categories do not apply. */
  NOT_APPLICABLE
}
