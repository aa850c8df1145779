package org.celltrial.clinical.safety.summary;

import java.util.List;

/**
 * Incidence of one toxicity by maximum grade in one group.
 *
 * @param toxicity which
 * @param subjects subjects in the group (the denominator)
 * @param byMaxGrade subjects whose maximum grade is 0, 1, …, 5 (index = grade)
 * @param anyGrade subjects with grade ≥ 1
 * @param grade3OrMore subjects with grade ≥ 3
 * @param onsetDay time to onset in days among those with the toxicity
 * @param durationDays duration in days among those with a known (resolved) duration
 */
public record ToxicitySummary(
    Toxicity toxicity,
    int subjects,
    List<Integer> byMaxGrade,
    int anyGrade,
    int grade3OrMore,
    Range onsetDay,
    Range durationDays) {
  /** Copies the counts. */
  public ToxicitySummary {
    byMaxGrade = List.copyOf(byMaxGrade);
  }
}
