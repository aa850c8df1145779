package org.celltrial.clinical.safety.dlt;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The DLT part of a protocol.
 *
 * @param windowDays the DLT window: events with onset from day 0 (infusion) to this day, inclusive
 * @param rules the DLT definitions
 */
public record DltProtocol(int windowDays, List<DltRule> rules) {
  /** The usual window of 28 days from infusion. */
  public static final int DEFAULT_WINDOW_DAYS = 28;

  /** Checks the window and copies the rules. */
  public DltProtocol {
    if (windowDays < 1) {
      throw ClinicalMessages.error("dlt.window", windowDays);
    }
    if (rules == null || rules.isEmpty()) {
      throw ClinicalMessages.error("dlt.rule.none", String.join(", ", DltRules.ids()));
    }
    rules = List.copyOf(rules);
  }
}
