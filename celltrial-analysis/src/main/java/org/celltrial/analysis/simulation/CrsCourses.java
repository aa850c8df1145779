package org.celltrial.analysis.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.grading.Treatment;
import org.celltrial.clinical.grading.crs.CrsInput;
import org.celltrial.clinical.grading.crs.CrsObservation;

/**
 * A CRS course observed every 12 hours for 14 days: normal temperatures until onset, fever from
 * onset, the ASTCT findings of the planned maximum grade at the peak (grade 2 hypotension or
 * low-flow oxygen; grade 3 one vasopressor or high-flow oxygen; grade 4 two vasopressors or
 * positive pressure; grade 5 death), tocilizumab after the peak and corticosteroids from grade 3
 * (Lee et al., Biol Blood Marrow Transplant 2019;25:625).
 */
final class CrsCourses {
  /** Observations per course: twice daily to day 14. */
  static final int SLOTS = 29;

  private CrsCourses() {}

  /**
   * A course.
   *
   * @param input the observations
   * @param onsetSlot index of the first fever, -1 without CRS
   * @param death time of death from CRS, or {@code null}
   * @param tocilizumab whether tocilizumab was given
   * @param fevers times and temperatures of fever, for febrile neutropenia
   */
  record Course(
      CrsInput input,
      int onsetSlot,
      LocalDateTime death,
      boolean tocilizumab,
      List<CrsObservation> fevers) {}

  static Course of(Calibration cal, Draw draw, LocalDateTime infusion, int grade) {
    List<CrsObservation> obs = new ArrayList<>();
    List<Treatment> treatments = new ArrayList<>();
    List<CrsObservation> fevers = new ArrayList<>();
    int onset = grade == 0 ? -1 : 2 * (1 + draw.index(cal.crsOnsetDays())) + draw.between(0, 1);
    int length = grade == 0 ? 0 : grade == 1 ? draw.between(2, 6) : draw.between(4, 12);
    int peak = grade == 0 ? -1 : onset + draw.between(grade == 1 ? 0 : 1, length - 1);
    boolean toci = grade >= 4 || (grade >= 1 && draw.chance(cal.tocilizumabBelowGrade4()));
    LocalDateTime death = null;
    LocalDateTime first = infusion.plusHours(draw.between(2, 10));
    for (int k = 0; k < SLOTS && death == null; k++) {
      LocalDateTime t = first.plusHours(12L * k);
      boolean inEpisode = grade > 0 && k >= onset && k < onset + length;
      if (!inEpisode && k > 0 && draw.chance(cal.missedVisit())) {
        continue;
      }
      CrsObservation o;
      if (k == peak) {
        o = peak(draw, t, grade);
        death = grade == 5 ? t : null;
        if (toci) {
          treatments.add(new Treatment(t.plusHours(1), "tocilizumab"));
        }
        if (grade >= 3) {
          treatments.add(new Treatment(t.plusHours(2), "corticosteroid"));
        }
      } else if (inEpisode) {
        o = plain(t, Draw.oneDecimal(draw.uniform(38.1, 39.2)));
      } else {
        o = plain(t, Draw.oneDecimal(draw.uniform(36.3, 37.6)));
      }
      if (o.temperatureCelsius() != null && o.temperatureCelsius() >= 38.0) {
        fevers.add(o);
      }
      obs.add(o);
    }
    return new Course(new CrsInput(infusion, obs, treatments), onset, death, toci, fevers);
  }

  private static CrsObservation plain(LocalDateTime t, double celsius) {
    return new CrsObservation(t, celsius, null, null, null, null, null, null);
  }

  private static CrsObservation peak(Draw draw, LocalDateTime t, int grade) {
    double fever = Draw.oneDecimal(draw.uniform(38.3, 40.6));
    boolean lungs = draw.chance(0.4);
    return switch (grade) {
      case 1 -> plain(t, fever);
      case 2 ->
          lungs
              ? new CrsObservation(
                  t, fever, null, null, "nasal-cannula", (double) draw.between(1, 4), null, null)
              : new CrsObservation(t, fever, true, null, null, null, null, null);
      case 3 ->
          lungs
              ? new CrsObservation(
                  t, fever, true, null, "nasal-cannula", (double) draw.between(8, 15), null, null)
              : new CrsObservation(
                  t, fever, true, List.of("norepinephrine"), null, null, null, null);
      case 4 ->
          lungs
              ? new CrsObservation(t, fever, true, null, "bipap", null, null, null)
              : new CrsObservation(
                  t, fever, true, List.of("norepinephrine", "epinephrine"), null, null, null, null);
      default ->
          new CrsObservation(
              t,
              fever,
              true,
              List.of("norepinephrine", "epinephrine"),
              "mechanical-ventilation",
              null,
              true,
              null);
    };
  }
}
