package org.celltrial.clinical.response.lugano;

/** How a target lesion was recorded on CT (Lugano 2014 small-lesion rules). */
public enum LesionState {
  /** Measured: LDi and SDi in cm are given. */
  MEASURED,
  /** Visible but too small to measure: imputed as 0.5 cm × 0.5 cm. */
  TOO_SMALL,
  /** No longer visible: imputed as 0 × 0. */
  NOT_VISIBLE
}
