package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.safety.dlt.DltOutcome;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltSubject;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;

/** The subject-level derivations of ADSL beyond the journey flags (docs/cdisc.md). */
final class SubjectSets {
  /** {@code TRT01A} of an infused subject without a dose level. */
  static final String PRODUCT = "CAR-T";

  private SubjectSets() {}

  /**
   * {@code DLTEVLFL}: {@code null} when the study defines no DLT ({@code Study.dlt}); {@code N}
   * when not infused; otherwise {@code Y} unless {@link DltEvaluation} finds the subject not
   * evaluable — evaluable with a DLT in the window, or without one when followed through the whole
   * window (G-PH-1). Follow-up ends at death, else the last known alive date, else the data
   * cut-off; the full planned dose is assumed given (the subject file does not say otherwise).
   */
  static String dltEvaluable(AnalysisInput input, AnalysisSubject s) {
    DltProtocol protocol = input.study() == null ? null : input.study().dlt();
    if (protocol == null) {
      return null;
    }
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    if (infusion == null) {
      return "N";
    }
    List<ToxicityEvent> events = s.source() == null ? List.of() : s.source().adverseEvents();
    LocalDateTime last = followUpEnd(input, s).atTime(LocalTime.MAX);
    for (ToxicityEvent e : events) {
      if (e.onset() != null && e.onset().isAfter(last)) {
        last = e.onset();
      }
    }
    DltSubject d =
        new DltSubject(
            s.id(),
            s.doseLevel() == null ? PRODUCT : s.doseLevel(),
            infusion.atStartOfDay(),
            last,
            true,
            events);
    return Vars.yn(DltEvaluation.evaluate(protocol, d).outcome() != DltOutcome.NOT_EVALUABLE);
  }

  /** Death, else last known alive, else the data cut-off. */
  static LocalDate followUpEnd(AnalysisInput input, AnalysisSubject s) {
    LocalDate death = s.first(JourneyEvent.Death.class);
    if (death != null) {
      return death;
    }
    return s.lastKnownAlive() != null ? s.lastKnownAlive() : input.cutoff();
  }

  /**
   * {@code EFFFL}, the response-evaluable set: infused, and at least one response assessment after
   * the infusion day or a death before any (an early death counts as a non-responder rather than
   * leaving the denominator).
   */
  static boolean efficacyEvaluable(AnalysisSubject s, AdamSource source) {
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    if (infusion == null) {
      return false;
    }
    boolean assessed = source.investigator().stream().anyMatch(r -> r.date().isAfter(infusion));
    return assessed || s.has(JourneyEvent.Death.class);
  }

  /** {@code AGEGR1}: {@code <18}, {@code 18-64}, {@code >=65} (ICH E11 / E7 cut-offs). */
  static String ageGroup(Integer age) {
    if (age == null) {
      return null;
    }
    return age < 18 ? "<18" : age < 65 ? "18-64" : ">=65";
  }

  /** {@code TRT01A}: the dose level given, else {@value #PRODUCT}. */
  static String treatment(AnalysisSubject s) {
    return s.doseLevel() == null ? PRODUCT : s.doseLevel();
  }

  /** {@code TRT01AN}: the dose level's 1-based position in {@code Study.doseLevels}, or null. */
  static Long treatmentNumber(AnalysisInput input, AnalysisSubject s) {
    if (input.study() == null || s.doseLevel() == null) {
      return null;
    }
    int i = input.study().doseLevels().indexOf(s.doseLevel());
    return i < 0 ? null : (long) (i + 1);
  }
}
