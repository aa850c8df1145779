package org.celltrial.clinical.grading;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The grade one rule assigned to one assessment, with its reasons.
 *
 * @param grade the grade
 * @param reasons the findings that decided it, and those excluded
 */
public record GradeAndReasons(int grade, List<Message> reasons) {
  /** Copies the reasons. */
  public GradeAndReasons {
    reasons = List.copyOf(reasons);
  }
}
