package org.celltrial.clinical.grading.crs;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.Dose;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.Timeline;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Message;

/**
 * Grades a subject's CRS time line (ASTCT 2019, G-SAF-1): each assessment in time order, fever
 * masked while an episode is open and a treatment was given since its onset, then episodes under an
 * {@link EpisodeRule}. Impossible assessments are rejected with a reason and the others graded.
 */
public final class CrsGrading {
  private CrsGrading() {}

  /**
   * Grades all assessments of one subject.
   *
   * @throws CelltrialException only when the infusion time is missing
   */
  public static TimelineResult grade(CrsInput input, EpisodeRule rule) {
    LocalDateTime infusion = Timeline.infusion(input.infusion());
    return Timeline.grade(
        infusion,
        input.observations(),
        CrsObservation::time,
        input.treatments(),
        rule,
        (o, episodes, doses) -> CrsGrader.grade(o, masking(episodes.openOnset(), o.time(), doses)),
        List.of());
  }

  /**
   * Why fever is not required at {@code time}: an episode began at {@code onset} and a dose was
   * given between onset and now (Lee et al. 2019, footnote a). {@code null} when fever is required.
   */
  static Message masking(LocalDateTime onset, LocalDateTime time, List<Dose> doses) {
    if (onset == null) {
      return null;
    }
    for (Dose d : doses) {
      if (!d.time().isBefore(onset) && !d.time().isAfter(time)) {
        return ClinicalMessages.of("crs.fever.masked", onset, Choices.label(d.agent()), d.time());
      }
    }
    return null;
  }
}
