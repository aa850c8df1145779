package org.celltrial.clinical.safety.dlt;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The DLT verdict of one subject.
 *
 * @param subject the subject's identifier
 * @param doseLevel the dose level
 * @param outcome DLT, no DLT or not evaluable
 * @param fired each rule that fired, with the event (index in the subject's events) that fired it
 * @param reasons why, one sentence per decisive fact
 */
public record DltResult(
    String subject,
    String doseLevel,
    DltOutcome outcome,
    List<Fired> fired,
    List<Message> reasons) {

  /**
   * A rule that fired.
   *
   * @param rule the rule's identifier
   * @param event the index of the event in the subject's list
   * @param day the study day of the event's onset
   */
  public record Fired(String rule, int event, long day) {}

  /** Copies the lists. */
  public DltResult {
    fired = List.copyOf(fired);
    reasons = List.copyOf(reasons);
  }
}
