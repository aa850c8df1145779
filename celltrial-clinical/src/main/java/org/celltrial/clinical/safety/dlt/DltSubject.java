package org.celltrial.clinical.safety.dlt;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One subject's data for the DLT assessment.
 *
 * @param id the subject's identifier
 * @param doseLevel the dose level assigned (e.g. {@code DL1}, {@code 1e6/kg})
 * @param infusion the CAR-T infusion (day 0)
 * @param lastAssessment the last time the subject was assessed for toxicity
 * @param fullDose whether the planned dose was given in full; a subject without a DLT who did not
 *     get it is not evaluable
 * @param events the graded toxicities
 */
public record DltSubject(
    String id,
    String doseLevel,
    LocalDateTime infusion,
    LocalDateTime lastAssessment,
    boolean fullDose,
    List<ToxicityEvent> events) {
  /** Copies the events; {@code null} is none. */
  public DltSubject {
    events = events == null ? List.of() : List.copyOf(events);
  }
}
