package org.celltrial.clinical.endpoints;

/** How an intercurrent event (new therapy, HSCT, missed assessments) is handled (FDA 2018). */
public enum CensorPolicy {
  /** The intercurrent event is itself an event on its date. */
  EVENT,
  /** Censor at the last adequate assessment on or before the intercurrent event. */
  CENSOR_AT_LAST_ASSESSMENT,
  /** Censor on the date of the intercurrent event. */
  CENSOR_AT_DATE,
  /** Ignore the intercurrent event. */
  IGNORE
}
