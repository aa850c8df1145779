package org.celltrial.clinical.grading.icans;

/**
 * Raised intracranial pressure and cerebral edema (Lee et al. 2019). Intracranial hemorrhage, with
 * or without edema, is not ICANS and grades 0 here (grade it by CTCAE).
 */
public enum IntracranialFinding {
  NONE(0),
  FOCAL_EDEMA(3),
  DIFFUSE_EDEMA(4),
  DECEREBRATE_OR_DECORTICATE_POSTURING(4),
  CRANIAL_NERVE_VI_PALSY(4),
  PAPILLEDEMA(4),
  CUSHINGS_TRIAD(4),
  INTRACRANIAL_HEMORRHAGE(0);

  private final int grade;

  IntracranialFinding(int grade) {
    this.grade = grade;
  }

  /** The ICANS grade this finding implies. */
  public int grade() {
    return grade;
  }
}
