package org.celltrial.analysis.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.grading.Treatment;
import org.celltrial.clinical.grading.icans.IcansInput;
import org.celltrial.clinical.grading.icans.IcansObservation;
import org.celltrial.clinical.grading.icans.IceItems;

/**
 * An ICANS course assessed every 12 hours: ICE (age ≥ 12) or CAPD (younger), normal until onset,
 * which follows CRS onset by 1 to 3 days (later and rarer than CRS), the ASTCT findings of the
 * planned maximum grade at the peak (ICE 7-9 / 3-6 / 0-2; CAPD 1-8, with awakening to voice for
 * grade 2, ≥ 9 for grade 3; unarousable for grade 4; cerebral edema and death for grade 5), and
 * corticosteroids from grade 2 (Lee et al. 2019).
 */
final class IcansCourses {
  private IcansCourses() {}

  /**
   * A course.
   *
   * @param input the assessments
   * @param death time of death from ICANS, or {@code null}
   * @param maxGrade the highest grade recorded (lower than planned when death from CRS came first)
   */
  record Course(IcansInput input, LocalDateTime death, int maxGrade) {}

  static Course of(
      Calibration cal,
      Draw draw,
      LocalDateTime infusion,
      int age,
      int grade,
      int crsOnsetSlot,
      LocalDateTime cutoff) {
    boolean child = age < 12;
    int onset =
        grade == 0
            ? -1
            : crsOnsetSlot >= 0 ? crsOnsetSlot + 2 * draw.between(1, 3) : 2 * draw.between(3, 9);
    int length = grade == 0 ? 0 : draw.between(2, 10);
    int peak = grade == 0 ? -1 : onset + draw.between(0, length - 1);
    int slots = Math.max(CrsCourses.SLOTS, onset + length + 4);
    List<IcansObservation> obs = new ArrayList<>();
    List<Treatment> treatments = new ArrayList<>();
    LocalDateTime death = null;
    int recorded = 0;
    LocalDateTime first = infusion.plusHours(draw.between(3, 11));
    for (int k = 0; k < slots && death == null; k++) {
      LocalDateTime t = first.plusHours(12L * k);
      if (cutoff != null && t.isAfter(cutoff)) {
        break;
      }
      boolean inEpisode = grade > 0 && k >= onset && k < onset + length;
      if (!inEpisode && k > 0 && draw.chance(cal.missedVisit())) {
        continue;
      }
      if (k == peak) {
        obs.add(peak(draw, t, child, grade));
        recorded = grade;
        death = grade == 5 ? t : null;
        if (grade >= 2) {
          treatments.add(new Treatment(t.plusHours(1), "corticosteroid"));
        }
      } else if (inEpisode) {
        obs.add(assessment(t, child, child ? draw.between(1, 8) : draw.between(7, 9), null));
        recorded = Math.max(recorded, 1);
      } else {
        obs.add(assessment(t, child, child ? 0 : 10, null));
      }
    }
    return new Course(new IcansInput(infusion, age, obs, treatments), death, recorded);
  }

  private static IcansObservation peak(Draw draw, LocalDateTime t, boolean child, int grade) {
    return switch (grade) {
      case 1 -> assessment(t, child, child ? draw.between(1, 8) : draw.between(7, 9), null);
      case 2 ->
          assessment(
              t,
              child,
              child ? draw.between(1, 8) : draw.between(3, 6),
              child ? "awakens-to-voice" : null);
      case 3 -> assessment(t, child, child ? draw.between(9, 20) : draw.between(0, 2), null);
      case 4 -> new IcansObservation(t, null, null, "unarousable", null, null, null, null, null);
      default ->
          new IcansObservation(
              t, null, null, "unarousable", null, null, "diffuse-edema", true, null);
    };
  }

  /** An ICE total split over its items, or a CAPD total. */
  private static IcansObservation assessment(
      LocalDateTime t, boolean child, int score, String consciousness) {
    if (child) {
      return new IcansObservation(t, null, score, consciousness, null, null, null, null, null);
    }
    int orientation = Math.min(4, score);
    int naming = Math.min(3, score - orientation);
    int commands = Math.min(1, score - orientation - naming);
    int attention = Math.min(1, score - orientation - naming - commands);
    int writing = score - orientation - naming - commands - attention;
    IceItems ice = new IceItems(orientation, naming, commands, writing, attention, null);
    return new IcansObservation(t, ice, null, consciousness, null, null, null, null, null);
  }
}
