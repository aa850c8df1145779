package org.celltrial.clinical.journey;

/** Unit of a cell dose: CAR-positive viable cells per kg of body weight, or in total. */
public enum DoseUnit {
  CELLS_PER_KG,
  TOTAL_CELLS
}
