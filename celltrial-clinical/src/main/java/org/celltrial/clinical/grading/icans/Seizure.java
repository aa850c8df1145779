package org.celltrial.clinical.grading.icans;

/** Seizures and their ICANS grade (Lee et al. 2019). */
public enum Seizure {
  NONE(0),
  /** Any clinical seizure, focal or generalized, that resolves rapidly. */
  RESOLVED_RAPIDLY(3),
  /** Non-convulsive seizures on EEG that resolve with intervention. */
  EEG_RESOLVED_WITH_INTERVENTION(3),
  /** Life-threatening prolonged seizure, more than 5 minutes. */
  PROLONGED_OVER_5_MINUTES(4),
  /** Repetitive clinical or electrical seizures without return to baseline in between. */
  REPETITIVE_WITHOUT_RETURN_TO_BASELINE(4);

  private final int grade;

  Seizure(int grade) {
    this.grade = grade;
  }

  /** The ICANS grade this finding implies. */
  public int grade() {
    return grade;
  }
}
