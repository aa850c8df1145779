package org.celltrial.analysis.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.grading.EpisodeRule;
import org.celltrial.clinical.grading.Graded;
import org.celltrial.clinical.grading.crs.CrsGrading;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.grading.icans.IcansGrading;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;

/**
 * Graded adverse events for the DLT evaluation (G-SAF-1, G-SAF-5), derived without randomness from
 * the CRS, ICANS and blood-count files of a synthetic subject, so that they agree with what the
 * graders compute from those files: the observations are graded by {@link CrsGrading}, {@link
 * IcansGrading} and {@link HematotoxicityAssessment} (CTCAE 5.0), and every uninterrupted stretch
 * of graded observations at grade ≥ g becomes one event of grade g (g = 1 … max for CRS and ICANS,
 * g = 3, 4 for neutrophil and platelet counts). An event starts at the first observation of the
 * stretch and ends at the first later observation below g; it is ongoing ({@code end = null}) when
 * no such observation exists.
 */
final class AdverseEvents {
  static final String CRS = "Cytokine release syndrome";
  static final String ICANS = "Immune effector cell-associated neurotoxicity syndrome";

  private AdverseEvents() {}

  /** The events of one infused subject, CRS first, then ICANS, neutrophils and platelets. */
  static List<ToxicityEvent> of(SimulatedSubject s) {
    List<ToxicityEvent> out = new ArrayList<>();
    List<Graded> crs = CrsGrading.grade(s.crs(), EpisodeRule.DEFAULT).graded();
    stretches(out, CRS, ToxicityKind.CRS, times(crs), grades(crs), 1);
    List<Graded> icans =
        IcansGrading.grade(s.icans(), EpisodeRule.DEFAULT, IcansGrading.DEFAULT_CAPD_BELOW_AGE)
            .graded();
    stretches(out, ICANS, ToxicityKind.ICANS, times(icans), grades(icans), 1);
    Hematotoxicity h = HematotoxicityAssessment.assess(s.counts(), IcahtParameters.DEFAULT);
    for (LabTest test : List.of(LabTest.ANC, LabTest.PLT)) {
      List<Hematotoxicity.CountGrade> counts =
          h.counts().stream()
              .filter(c -> c.grade().test() == test && c.grade().grade() != null)
              .toList();
      LocalDateTime[] t =
          counts.stream().map(Hematotoxicity.CountGrade::time).toArray(LocalDateTime[]::new);
      int[] g = counts.stream().mapToInt(c -> c.grade().grade()).toArray();
      ToxicityKind kind =
          test == LabTest.ANC ? ToxicityKind.NEUTROPENIA : ToxicityKind.THROMBOCYTOPENIA;
      stretches(out, test.term(), kind, t, g, 3);
    }
    return out;
  }

  /** One event per stretch of observations at grade ≥ g, for g from {@code lowest} up. */
  static void stretches(
      List<ToxicityEvent> out,
      String term,
      ToxicityKind kind,
      LocalDateTime[] time,
      int[] grade,
      int lowest) {
    int max = 0;
    for (int x : grade) {
      max = Math.max(max, x);
    }
    for (int g = lowest; g <= max; g++) {
      int i = 0;
      while (i < grade.length) {
        if (grade[i] < g) {
          i++;
          continue;
        }
        int j = i;
        while (j < grade.length && grade[j] >= g) {
          j++;
        }
        out.add(new ToxicityEvent(term, kind, g, time[i], j < grade.length ? time[j] : null, true));
        i = j;
      }
    }
  }

  private static LocalDateTime[] times(List<Graded> graded) {
    return graded.stream().map(Graded::time).toArray(LocalDateTime[]::new);
  }

  private static int[] grades(List<Graded> graded) {
    return graded.stream().mapToInt(Graded::grade).toArray();
  }
}
