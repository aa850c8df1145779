package org.celltrial.clinical.grading.icans;

/**
 * Motor findings. Only deep focal motor weakness (hemiparesis, paraparesis) is ICANS, grade 4;
 * tremor and myoclonus are graded by CTCAE and do not change the ICANS grade (Lee et al. 2019).
 */
public enum MotorFinding {
  NONE(0),
  TREMOR(0),
  MYOCLONUS(0),
  DEEP_FOCAL_WEAKNESS(4);

  private final int grade;

  MotorFinding(int grade) {
    this.grade = grade;
  }

  /** The ICANS grade this finding implies. */
  public int grade() {
    return grade;
  }
}
