package org.celltrial.clinical.safety.summary;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.Episode;

/**
 * One subject's worst course of one toxicity.
 *
 * @param toxicity which
 * @param maxGrade the maximum grade, 0 = never had it
 * @param onsetDay study day of the first onset (day 0 = infusion), {@code null} when grade 0
 * @param durationDays total days with the toxicity, {@code null} when grade 0 or still ongoing
 */
public record SubjectToxicity(Toxicity toxicity, int maxGrade, Long onsetDay, Long durationDays) {
  /** Checks the grade and the days. */
  public SubjectToxicity {
    if (toxicity == null) {
      throw ClinicalMessages.error("summary.toxicity.missing");
    }
    if (maxGrade < 0 || maxGrade > 5) {
      throw ClinicalMessages.error("summary.grade", toxicity, maxGrade);
    }
    if (maxGrade > 0 && onsetDay == null) {
      throw ClinicalMessages.error("summary.onset", toxicity, maxGrade);
    }
    if (durationDays != null && durationDays < 0) {
      throw ClinicalMessages.error("summary.duration", toxicity, durationDays);
    }
  }

  /**
   * From the CRS or ICANS episodes built by {@link org.celltrial.clinical.grading.EpisodeBuilder}:
   * maximum grade over the episodes, onset of the first, duration = the sum of the episodes'
   * durations ({@code null} while one is ongoing).
   */
  public static SubjectToxicity fromEpisodes(Toxicity toxicity, List<Episode> episodes) {
    if (episodes.isEmpty()) {
      return new SubjectToxicity(toxicity, 0, null, null);
    }
    int max = 0;
    Long duration = 0L;
    for (Episode e : episodes) {
      max = Math.max(max, e.maxGrade());
      duration = duration == null || e.ongoing() ? null : duration + e.durationDays();
    }
    return new SubjectToxicity(toxicity, max, episodes.get(0).onsetDay(), duration);
  }
}
