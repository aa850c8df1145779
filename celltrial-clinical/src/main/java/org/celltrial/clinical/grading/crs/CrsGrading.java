package org.celltrial.clinical.grading.crs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.Dose;
import org.celltrial.clinical.grading.EpisodeBuilder;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.GradeAndReasons;
import org.celltrial.clinical.grading.Graded;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.Rejected;
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
    List<Rejected> rejected = new ArrayList<>();
    List<CrsObservation> observations =
        input.observations() == null ? List.of() : input.observations();
    List<Dose> doses = Timeline.doses(infusion, input.treatments(), rejected);
    EpisodeBuilder episodes = new EpisodeBuilder(infusion, rule);
    List<Graded> graded = new ArrayList<>();
    int max = 0;
    for (int i :
        Timeline.order(infusion, observations, CrsObservation::time, "observations", rejected)) {
      CrsObservation o = observations.get(i);
      try {
        GradeAndReasons g = CrsGrader.grade(o, masking(episodes.openOnset(), o.time(), doses));
        graded.add(
            new Graded(
                i,
                o.time(),
                episodes.day(o.time()),
                g.grade(),
                GradingSystem.ASTCT_2019,
                g.reasons()));
        episodes.add(o.time(), g.grade());
        max = Math.max(max, g.grade());
      } catch (CelltrialException e) {
        rejected.add(Timeline.reject("observations", i, o.time(), e.detail()));
      }
    }
    return new TimelineResult(
        GradingSystem.ASTCT_2019, graded, rejected, episodes.episodes(doses), max, List.of());
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
