package org.celltrial.clinical.study;

/** The age population of a study (G-POP-1): under 18, 18 and over, or both. */
public enum Population {
  PEDIATRIC,
  ADULT,
  BOTH;

  /** Age at which a subject counts as an adult, in completed years. */
  public static final int ADULT_AGE = 18;

  /** Whether a subject of this age (completed years) belongs to the population. */
  public boolean admits(int ageYears) {
    return switch (this) {
      case PEDIATRIC -> ageYears < ADULT_AGE;
      case ADULT -> ageYears >= ADULT_AGE;
      case BOTH -> true;
    };
  }

  /** Whether children are studied (then G-POP-1 asks for prior adult safety data). */
  public boolean includesChildren() {
    return this != ADULT;
  }
}
