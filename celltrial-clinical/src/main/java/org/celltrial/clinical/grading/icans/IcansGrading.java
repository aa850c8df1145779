package org.celltrial.clinical.grading.icans;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
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
 * Grades a subject's ICANS time line (ASTCT 2019, G-SAF-1): each assessment in time order, then
 * episodes under an {@link EpisodeRule}. Impossible assessments are rejected with a reason.
 */
public final class IcansGrading {
  /** ASTCT: children younger than 12 are assessed with CAPD. */
  public static final int DEFAULT_CAPD_BELOW_AGE = 12;

  private IcansGrading() {}

  /**
   * Grades all assessments of one subject.
   *
   * @param capdBelowAge children younger than this are assessed with CAPD
   * @throws CelltrialException when the infusion time or the age is missing or impossible
   */
  public static TimelineResult grade(IcansInput input, EpisodeRule rule, int capdBelowAge) {
    LocalDateTime infusion = Timeline.infusion(input.infusion());
    Integer age = input.ageYears();
    if (age == null || age < 0 || age > 120) {
      throw ClinicalMessages.error("icans.age.range", age);
    }
    List<Message> notes = new ArrayList<>();
    if (age == capdBelowAge) {
      notes.add(ClinicalMessages.of("icans.age.boundary", age, capdBelowAge));
    }
    List<Rejected> rejected = new ArrayList<>();
    List<IcansObservation> observations =
        input.observations() == null ? List.of() : input.observations();
    List<Dose> doses = Timeline.doses(infusion, input.treatments(), rejected);
    EpisodeBuilder episodes = new EpisodeBuilder(infusion, rule);
    List<Graded> graded = new ArrayList<>();
    int max = 0;
    for (int i :
        Timeline.order(infusion, observations, IcansObservation::time, "observations", rejected)) {
      IcansObservation o = observations.get(i);
      try {
        GradeAndReasons g = IcansGrader.grade(o, age, capdBelowAge);
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
        GradingSystem.ASTCT_2019, graded, rejected, episodes.episodes(doses), max, notes);
  }
}
