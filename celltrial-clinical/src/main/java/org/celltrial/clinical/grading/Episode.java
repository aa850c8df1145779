package org.celltrial.clinical.grading;

import java.time.LocalDateTime;

/**
 * One CRS or ICANS episode, built by {@link EpisodeBuilder} under an {@link EpisodeRule}.
 *
 * @param number 1 for the first episode of the subject, then 2, …
 * @param onset the first graded observation
 * @param onsetDay the study day of onset (day 0 = infusion)
 * @param lastGraded the last observation graded 1 or more
 * @param resolved the observation that resolved it, {@code null} while ongoing at the end of data
 * @param maxGrade the highest grade within the episode
 * @param durationDays calendar days from onset to the last graded observation, both counted
 * @param tocilizumabDoses doses of tocilizumab from onset to resolution
 * @param corticosteroidDoses doses of corticosteroids from onset to resolution
 * @param otherAntiCytokineDoses doses of siltuximab, anakinra or other anti-cytokine therapy from
 *     onset to resolution
 */
public record Episode(
    int number,
    LocalDateTime onset,
    long onsetDay,
    LocalDateTime lastGraded,
    LocalDateTime resolved,
    int maxGrade,
    long durationDays,
    int tocilizumabDoses,
    int corticosteroidDoses,
    int otherAntiCytokineDoses) {

  /** Whether the episode was still going on at the last observation. */
  public boolean ongoing() {
    return resolved == null;
  }
}
