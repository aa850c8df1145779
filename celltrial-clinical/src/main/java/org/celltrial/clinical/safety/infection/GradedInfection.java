package org.celltrial.clinical.safety.infection;

import java.util.List;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Message;

/**
 * An infection with its grade and timing.
 *
 * @param infection the entry
 * @param grade 1-5
 * @param system always CTCAE 5.0
 * @param day study day of onset (day 0 = infusion)
 * @param period before infusion, early or late
 * @param reasons why this grade and period
 */
public record GradedInfection(
    Infection infection,
    int grade,
    GradingSystem system,
    long day,
    Period period,
    List<Message> reasons) {
  /** Copies the reasons. */
  public GradedInfection {
    reasons = List.copyOf(reasons);
  }
}
