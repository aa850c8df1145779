package org.celltrial.clinical.response.bor;

import java.time.LocalDate;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;

/**
 * The response at one assessment date.
 *
 * @param date assessment date
 * @param category response category (already confirmed where the criterion confirms itself)
 */
public record TimePoint(LocalDate date, Category category) {
  /** Checks the fields. */
  public TimePoint {
    if (date == null || category == null) {
      throw ClinicalMessages.error("field.required", "date/category");
    }
  }
}
