package org.celltrial.clinical.grading;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * One observation and the grade it was given, with the reasons: which input met which threshold of
 * which rule.
 *
 * @param index the observation's position in the input (0-based)
 * @param time when it was observed
 * @param day the study day, day 0 = the calendar day of infusion
 * @param grade the grade, 0 = no syndrome
 * @param system the grading system and version
 * @param reasons why, one sentence per finding that counted or was excluded
 */
public record Graded(
    int index,
    LocalDateTime time,
    long day,
    int grade,
    GradingSystem system,
    List<Message> reasons) {
  /** Copies the reasons. */
  public Graded {
    reasons = List.copyOf(reasons);
  }
}
