package org.celltrial.clinical.safety.malignancy;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * A registered malignancy, its timing and whether a link to the product needs action.
 *
 * @param malignancy the entry
 * @param daysFromInfusion days from infusion (day 0) to diagnosis
 * @param productLinkFlag a T-cell malignancy with any link test positive, pending or not done:
 *     neither the individual nor the molecular evidence excludes the product, so follow-up is
 *     tightened and the sponsor informed (G-SAF-6)
 * @param reasons one sentence per test that decided
 */
public record MalignancyAssessment(
    Malignancy malignancy, long daysFromInfusion, boolean productLinkFlag, List<Message> reasons) {
  /** Copies the reasons. */
  public MalignancyAssessment {
    reasons = List.copyOf(reasons);
  }
}
