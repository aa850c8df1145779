package org.celltrial.clinical.grading.icans;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.EpisodeRule;
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
    return Timeline.grade(
        infusion,
        input.observations(),
        IcansObservation::time,
        input.treatments(),
        rule,
        (o, episodes, doses) -> IcansGrader.grade(o, age, capdBelowAge),
        notes);
  }
}
