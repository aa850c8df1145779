package org.celltrial.clinical.grading.icans;

/** Depressed level of consciousness and its ICANS grade (Lee et al. 2019). */
public enum Consciousness {
  AWAKE(0),
  AWAKENS_SPONTANEOUSLY(1),
  AWAKENS_TO_VOICE(2),
  AWAKENS_TO_TOUCH(3),
  /** Unarousable, or needs vigorous or repetitive tactile stimuli; stupor or coma. */
  UNAROUSABLE(4);

  private final int grade;

  Consciousness(int grade) {
    this.grade = grade;
  }

  /** The ICANS grade this level implies. */
  public int grade() {
    return grade;
  }
}
