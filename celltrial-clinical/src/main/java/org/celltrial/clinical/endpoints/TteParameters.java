package org.celltrial.clinical.endpoints;

import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;

/**
 * SAP choices for time-to-event derivation (FDA 2018 censoring table; clinical-rules 6.3).
 *
 * @param dayCount {@code date - origin} or {@code + 1}
 * @param newTherapy new anticancer therapy before an event in PFS, DOR and DFS (FDA: censor at the
 *     last adequate assessment)
 * @param hsct HSCT after CAR-T in PFS, DOR and DFS (censor, or ignore as ELIANA's second analysis)
 * @param efsNewTherapy new anticancer therapy and HSCT in EFS (ZUMA-7: event)
 * @param missedAssessments progression or death after two or more missed assessments: censor at the
 *     last adequate assessment (FDA), or {@code EVENT} to keep it
 * @param intervalDays scheduled assessment interval, days
 * @param windowDays assessment window, days; an event more than {@code 2 × interval + window} after
 *     the last adequate assessment follows two or more missed assessments
 * @param responseMinimum least category counting as response (PR; CRi for B-ALL)
 * @param efsNoResponseDay EFS counts "no response by this day" as an event on the last assessment
 *     within the day plus window (ZUMA-7: 150), or {@code null}
 * @param efsWindowStartDay EFS events other than death count only from this day (G-EP-8), or {@code
 *     null}
 * @param dorCountsDeath whether death without progression ends a response
 */
public record TteParameters(
    DayCount dayCount,
    CensorPolicy newTherapy,
    CensorPolicy hsct,
    CensorPolicy efsNewTherapy,
    CensorPolicy missedAssessments,
    int intervalDays,
    int windowDays,
    Category responseMinimum,
    Integer efsNoResponseDay,
    Integer efsWindowStartDay,
    boolean dorCountsDeath) {
  /** FDA-2018-style defaults with 3-monthly assessments (91 ± 14 days). */
  public static final TteParameters FDA_2018 =
      new TteParameters(
          DayCount.DIFFERENCE,
          CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
          CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
          CensorPolicy.EVENT,
          CensorPolicy.CENSOR_AT_LAST_ASSESSMENT,
          91,
          14,
          Category.PR,
          null,
          null,
          true);

  /** Checks the choices. */
  public TteParameters {
    if (dayCount == null
        || newTherapy == null
        || hsct == null
        || efsNewTherapy == null
        || missedAssessments == null
        || responseMinimum == null) {
      throw ClinicalMessages.error("field.required", "endpoint parameters");
    }
    if (intervalDays <= 0 || windowDays < 0) {
      throw ClinicalMessages.error("endpoint.schedule", intervalDays, windowDays);
    }
    if (missedAssessments == CensorPolicy.CENSOR_AT_DATE) {
      throw ClinicalMessages.error(
          "response.value.invalid",
          "missedAssessments",
          missedAssessments,
          "EVENT, CENSOR_AT_LAST_ASSESSMENT, IGNORE");
    }
  }

  /** The same parameters with another day count. */
  public TteParameters withDayCount(DayCount d) {
    return new TteParameters(
        d,
        newTherapy,
        hsct,
        efsNewTherapy,
        missedAssessments,
        intervalDays,
        windowDays,
        responseMinimum,
        efsNoResponseDay,
        efsWindowStartDay,
        dorCountsDeath);
  }

  /** The same parameters with other new-therapy and HSCT policies for PFS, DOR and DFS. */
  public TteParameters withPolicies(CensorPolicy therapy, CensorPolicy transplant) {
    return new TteParameters(
        dayCount,
        therapy,
        transplant,
        efsNewTherapy,
        missedAssessments,
        intervalDays,
        windowDays,
        responseMinimum,
        efsNoResponseDay,
        efsWindowStartDay,
        dorCountsDeath);
  }

  /** The same parameters with the EFS no-response day and window start. */
  public TteParameters withEfs(Integer noResponseDay, Integer windowStartDay) {
    return new TteParameters(
        dayCount,
        newTherapy,
        hsct,
        efsNewTherapy,
        missedAssessments,
        intervalDays,
        windowDays,
        responseMinimum,
        noResponseDay,
        windowStartDay,
        dorCountsDeath);
  }
}
