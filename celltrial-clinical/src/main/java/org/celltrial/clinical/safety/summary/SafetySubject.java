package org.celltrial.clinical.safety.summary;

import java.util.List;
import java.util.Set;
import org.celltrial.clinical.grading.TreatmentAgent;

/**
 * One infused subject for the safety summary.
 *
 * @param id the subject's identifier
 * @param doseLevel the dose level
 * @param toxicities the subject's course of each toxicity reported; a toxicity not listed counts as
 *     grade 0
 * @param treatments the agents given for CRS, ICANS or IEC-HS
 * @param death the cause of death, {@code null} when alive
 */
public record SafetySubject(
    String id,
    String doseLevel,
    List<SubjectToxicity> toxicities,
    Set<TreatmentAgent> treatments,
    DeathCause death) {
  /** Copies the collections; {@code null} is empty. */
  public SafetySubject {
    toxicities = toxicities == null ? List.of() : List.copyOf(toxicities);
    treatments = treatments == null ? Set.of() : Set.copyOf(treatments);
  }
}
