package org.celltrial.clinical.safety.malignancy;

import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.subject.Sex;

/**
 * One row of a background-rate table supplied by the user (a cancer registry): the incidence of the
 * malignancy of interest in the general population of one sex and age band.
 *
 * @param sex the sex
 * @param ageFrom first age of the band in years, inclusive
 * @param ageTo end of the band in years, exclusive
 * @param ratePer100k cases per 100,000 person-years
 */
public record BackgroundRate(Sex sex, double ageFrom, double ageTo, double ratePer100k) {
  /** Checks the band and the rate. */
  public BackgroundRate {
    if (sex == null) {
      throw ClinicalMessages.error("safety.background.sex");
    }
    if (!(ageFrom >= 0) || !(ageTo > ageFrom) || Double.isInfinite(ageTo)) {
      throw ClinicalMessages.error("safety.background.band", ageFrom, ageTo);
    }
    if (!(ratePer100k >= 0) || Double.isInfinite(ratePer100k)) {
      throw ClinicalMessages.error("safety.background.rate", ratePer100k);
    }
  }
}
