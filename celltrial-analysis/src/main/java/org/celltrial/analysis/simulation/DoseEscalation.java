package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.study.DltInput;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.safety.dlt.DltOutcome;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltRules;
import org.celltrial.design.dose.Decision;
import org.celltrial.design.dose.ThreePlusThree;

/**
 * Dose levels of a synthetic dose-finding trial (G-PH-1): the infused subjects in order of infusion
 * (date, then identifier) are treated in cohorts of 3, the first at the lowest level; after each
 * cohort the 3+3 rule of the design module ({@link ThreePlusThree}) decides from the evaluable
 * subjects and DLTs at the current level (DLTs by {@link DltEvaluation} under {@link #PROTOCOL}).
 * Escalate goes one level up (at the highest level, or below an eliminated one, it expands the
 * level to 6, and with 6 the level is the MTD); stay adds a cohort; eliminate removes the level and
 * those above and goes one level down, where 6 subjects make it the MTD. When the rule has not
 * decided (3+3 decides at 3 and 6 evaluable; more than 6 are judged as 6) a cohort is added. Once
 * an MTD is found, or the lowest level is eliminated, the remaining subjects are treated at the MTD
 * (or the lowest level) as an expansion. Simplification: a cohort's DLT window is not awaited
 * before the next infusion.
 */
final class DoseEscalation {
  /**
   * The default DLT definition written into the study: window 28 days; grade 4 CRS, grade ≥ 3 ICANS
   * lasting more than 72 hours, and any grade 5 toxicity (catalogue {@link DltRules}; the cytopenia
   * rules are left out because lymphodepletion makes cytopenia expected).
   */
  static final DltProtocol PROTOCOL =
      new DltProtocol(
          DltProtocol.DEFAULT_WINDOW_DAYS,
          DltRules.resolve(List.of("CRS-G4", "ICANS-G3-72H", "G5"), List.of()));

  private DoseEscalation() {}

  /** Subject identifier to dose level, for every infused subject. */
  static Map<String, String> assign(List<SimulatedSubject> subjects, List<String> levels) {
    List<SimulatedSubject> infused =
        subjects.stream()
            .filter(s -> s.outcome().infused())
            .sorted(
                Comparator.comparing((SimulatedSubject s) -> infusion(s))
                    .thenComparing(s -> s.subject().id()))
            .toList();
    Map<String, String> out = new HashMap<>();
    int[] n = new int[levels.size()];
    int[] dlt = new int[levels.size()];
    int level = 0;
    int ceiling = levels.size() - 1;
    boolean done = false;
    for (int start = 0; start < infused.size(); start += ThreePlusThree.COHORT) {
      List<SimulatedSubject> cohort =
          infused.subList(start, Math.min(infused.size(), start + ThreePlusThree.COHORT));
      for (SimulatedSubject s : cohort) {
        String label = levels.get(level);
        out.put(s.subject().id(), label);
        DltOutcome o =
            DltEvaluation.evaluate(
                    PROTOCOL, DltInput.of(s.subject(), label, infusion(s).plusDays(365)))
                .outcome();
        n[level] += o == DltOutcome.NOT_EVALUABLE ? 0 : 1;
        dlt[level] += o == DltOutcome.DLT ? 1 : 0;
      }
      int judged = Math.min(n[level], 2 * ThreePlusThree.COHORT);
      if (done || !ThreePlusThree.INSTANCE.defines(judged)) {
        continue;
      }
      Decision d = ThreePlusThree.INSTANCE.decide(judged, dlt[level]);
      if (d == Decision.ESCALATE) {
        if (level < ceiling) {
          level++;
        } else if (n[level] >= 2 * ThreePlusThree.COHORT) {
          done = true;
        }
      } else if (d == Decision.ELIMINATE) {
        ceiling = level - 1;
        if (level == 0) {
          done = true;
        } else {
          level--;
          done = n[level] >= 2 * ThreePlusThree.COHORT;
        }
      }
    }
    return out;
  }

  private static LocalDate infusion(SimulatedSubject s) {
    return s.subject().journey().stream()
        .filter(e -> e instanceof JourneyEvent.Infusion)
        .map(JourneyEvent::first)
        .findFirst()
        .orElseThrow();
  }
}
