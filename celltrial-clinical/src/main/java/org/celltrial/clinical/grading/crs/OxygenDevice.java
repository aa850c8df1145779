package org.celltrial.clinical.grading.crs;

/**
 * Oxygen support and the CRS grade it implies (Lee et al. 2019): low-flow nasal cannula (≤ 6 L/min)
 * or blow-by = grade 2; high-flow nasal cannula, facemask, non-rebreather or Venturi mask = grade 3
 * whatever the flow; positive pressure (CPAP, BiPAP, intubation and mechanical ventilation) = grade
 * 4. A nasal cannula is graded by its flow.
 */
public enum OxygenDevice {
  NONE(0),
  BLOW_BY(2),
  NASAL_CANNULA(-1),
  HIGH_FLOW_NASAL_CANNULA(3),
  FACE_MASK(3),
  NON_REBREATHER(3),
  VENTURI_MASK(3),
  CPAP(4),
  BIPAP(4),
  MECHANICAL_VENTILATION(4);

  private final int grade;

  OxygenDevice(int grade) {
    this.grade = grade;
  }

  /** The grade implied by the device alone; -1 when the flow decides (nasal cannula). */
  public int grade() {
    return grade;
  }
}
