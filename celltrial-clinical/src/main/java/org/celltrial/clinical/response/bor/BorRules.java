package org.celltrial.clinical.response.bor;

/**
 * SAP choices for best overall response.
 *
 * @param confirmationRequired a response counts only at the level also seen at the next evaluable
 *     assessment (Lugano CAR-T trials usually do not confirm; IMWG confirms within its series)
 * @param excludeAfterNewTherapy assessments on or after new anticancer therapy or HSCT are left out
 * @param minSdDays stable disease counts only from this many days after the origin (0 = any)
 */
public record BorRules(
    boolean confirmationRequired, boolean excludeAfterNewTherapy, int minSdDays) {
  /** No confirmation, new therapy and HSCT excluded, SD at any time. */
  public static final BorRules DEFAULT = new BorRules(false, true, 0);
}
