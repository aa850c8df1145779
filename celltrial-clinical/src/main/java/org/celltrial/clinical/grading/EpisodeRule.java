package org.celltrial.clinical.grading;

import java.time.Duration;
import org.celltrial.clinical.ClinicalMessages;

/**
 * When a CRS or ICANS episode starts and ends (our rule; the ASTCT consensus grades time points and
 * does not define episodes):
 *
 * <ul>
 *   <li>An episode <b>starts</b> at the first observation graded 1 or more.
 *   <li>It is <b>resolved</b> at the first later observation graded 0 (for CRS: no fever, or fever
 *       masked, and no hypotension or oxygen support counted; for ICANS: ICE 10 or CAPD 0 and no
 *       other finding).
 *   <li>A graded observation less than {@code newEpisodeGap} after that resolving observation
 *       withdraws the resolution: the episode continues. At or after the gap it starts a new
 *       episode.
 *   <li>Duration is in calendar days from the onset day to the day of the last graded observation,
 *       both counted (the ADaM {@code AENDT - ASTDT + 1} convention).
 * </ul>
 *
 * @param newEpisodeGap how long after a resolving observation a new onset counts as a new episode
 */
public record EpisodeRule(Duration newEpisodeGap) {
  /** The default gap: 48 hours. */
  public static final EpisodeRule DEFAULT = new EpisodeRule(Duration.ofHours(48));

  /** Checks the gap is not negative. */
  public EpisodeRule {
    if (newEpisodeGap == null || newEpisodeGap.isNegative()) {
      throw ClinicalMessages.error("episode.gap", newEpisodeGap);
    }
  }
}
