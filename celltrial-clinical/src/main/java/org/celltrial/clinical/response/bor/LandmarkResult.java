package org.celltrial.clinical.response.bor;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * Response status at a protocol day (G-EP-6).
 *
 * @param status the category used (NR-like failures are {@code PD}; no assessment in the window is
 *     {@code NE})
 * @param assessment the assessment date used, or {@code null}
 * @param responder whether the subject counts as responding at the landmark
 * @param reasons why
 */
public record LandmarkResult(
    Category status, LocalDate assessment, boolean responder, List<Message> reasons) {
  /** Copies the reasons. */
  public LandmarkResult {
    reasons = List.copyOf(reasons);
  }
}
