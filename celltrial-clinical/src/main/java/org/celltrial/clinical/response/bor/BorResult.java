package org.celltrial.clinical.response.bor;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * A subject's best overall response and the rate flags it implies (G-EP-2).
 *
 * @param best best overall response (NE when nothing is evaluable)
 * @param date the first date the best response was seen, or {@code null}
 * @param objectiveResponse ORR numerator: PR or better (CRi counts)
 * @param completeResponse CR-rate numerator: sCR, CR or CRi
 * @param diseaseControl DCR numerator: SD or better
 * @param reasons which assessments were used or left out, and why
 */
public record BorResult(
    Category best,
    LocalDate date,
    boolean objectiveResponse,
    boolean completeResponse,
    boolean diseaseControl,
    List<Message> reasons) {
  /** Copies the reasons. */
  public BorResult {
    reasons = List.copyOf(reasons);
  }
}
