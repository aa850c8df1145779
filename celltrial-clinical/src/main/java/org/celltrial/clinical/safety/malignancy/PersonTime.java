package org.celltrial.clinical.safety.malignancy;

import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.subject.Sex;

/**
 * One subject's time at risk for a secondary malignancy: from infusion to the malignancy, death,
 * loss to follow-up or the data cut-off, whichever is first.
 *
 * @param subject the subject's identifier, named in errors
 * @param sex the sex
 * @param ageAtStart age in years at the start of the time at risk
 * @param years the time at risk in years
 */
public record PersonTime(String subject, Sex sex, double ageAtStart, double years) {
  /** Checks the values. */
  public PersonTime {
    if (sex == null) {
      throw ClinicalMessages.error("safety.personTime.sex", subject);
    }
    if (!(ageAtStart >= 0) || Double.isInfinite(ageAtStart)) {
      throw ClinicalMessages.error("safety.personTime.age", subject, ageAtStart);
    }
    if (!(years >= 0) || Double.isInfinite(years)) {
      throw ClinicalMessages.error("safety.personTime.years", subject, years);
    }
  }
}
