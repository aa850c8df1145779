package org.celltrial.clinical.safety.malignancy;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The expected number of cases E = Σ over subjects and age bands of (years the subject spent in the
 * band) × (background rate of the band for the subject's sex) / 100,000 — indirect standardization
 * with each subject's follow-up split across the age bands it passes through (Breslow and Day 1987,
 * Statistical Methods in Cancer Research II, ch. 2).
 */
public final class ExpectedCases {
  private ExpectedCases() {}

  /**
   * The expected count.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when a subject's age during follow-up is
   *     in no band of its sex, or bands of one sex overlap
   */
  public static double of(List<PersonTime> subjects, List<BackgroundRate> rates) {
    checkOverlap(rates);
    double expected = 0;
    for (PersonTime s : subjects) {
      double from = s.ageAtStart();
      double to = from + s.years();
      double covered = 0;
      for (BackgroundRate r : rates) {
        if (r.sex() != s.sex()) {
          continue;
        }
        double overlap = Math.min(to, r.ageTo()) - Math.max(from, r.ageFrom());
        if (overlap > 0) {
          covered += overlap;
          expected += overlap * r.ratePer100k() / 100_000;
        }
      }
      if (s.years() > 0 && Math.abs(covered - s.years()) > 1e-9 * Math.max(1, s.years())) {
        throw ClinicalMessages.error(
            "safety.background.gap", s.subject(), s.sex(), from, to, covered);
      }
    }
    return expected;
  }

  private static void checkOverlap(List<BackgroundRate> rates) {
    for (int i = 0; i < rates.size(); i++) {
      for (int j = i + 1; j < rates.size(); j++) {
        BackgroundRate a = rates.get(i);
        BackgroundRate b = rates.get(j);
        if (a.sex() == b.sex() && a.ageFrom() < b.ageTo() && b.ageFrom() < a.ageTo()) {
          throw ClinicalMessages.error(
              "safety.background.overlap", a.sex(), a.ageFrom(), a.ageTo(), b.ageFrom(), b.ageTo());
        }
      }
    }
  }
}
