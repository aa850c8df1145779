package org.celltrial.clinical.safety.malignancy;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The long-term follow-up visit schedule from infusion (G-SAF-6): consecutive phases, each with a
 * visit every {@code intervalMonths} until {@code untilMonths} after infusion, and a window of ±
 * {@code windowDays} around each due date in which a visit counts. The default is the 15 years
 * asked for integrating (gamma-retroviral and lentiviral) vectors: every 6 months for 5 years, then
 * yearly.
 *
 * @param phases the phases in order; the last one's end is the length of follow-up
 * @param windowDays the tolerance around a due date, in days
 */
public record VisitPlan(List<Phase> phases, int windowDays) {
  /** Every 6 months to month 60, yearly to month 180, ± 30 days. */
  public static final VisitPlan INTEGRATING_VECTOR =
      new VisitPlan(List.of(new Phase(6, 60), new Phase(12, 180)), 30);

  /**
   * One phase of the schedule.
   *
   * @param intervalMonths months between visits
   * @param untilMonths the phase ends at this month after infusion, inclusive
   */
  public record Phase(int intervalMonths, int untilMonths) {}

  /** Checks that the phases are positive and increasing. */
  public VisitPlan {
    if (phases == null || phases.isEmpty()) {
      throw ClinicalMessages.error("safety.plan.empty");
    }
    phases = List.copyOf(phases);
    int previous = 0;
    for (Phase p : phases) {
      if (p.intervalMonths() <= 0 || p.untilMonths() <= previous) {
        throw ClinicalMessages.error(
            "safety.plan.phase", p.intervalMonths(), p.untilMonths(), previous);
      }
      previous = p.untilMonths();
    }
    if (windowDays < 0) {
      throw ClinicalMessages.error("safety.plan.window", windowDays);
    }
  }

  /** The length of follow-up in months. */
  public int totalMonths() {
    return phases.get(phases.size() - 1).untilMonths();
  }
}
