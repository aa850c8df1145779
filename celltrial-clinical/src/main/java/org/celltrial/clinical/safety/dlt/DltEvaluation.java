package org.celltrial.clinical.safety.dlt;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * Evaluates DLTs per subject and counts them per dose level.
 *
 * <p>Study day = calendar days from the infusion date (day 0). An event is in the window when its
 * onset day is 0 to {@code windowDays}; an event before day 0 is an error, not a DLT candidate. A
 * subject has a DLT when any rule fires on an attributable event in the window — regardless of
 * follow-up or dose. Without a DLT the subject is evaluable only when assessed through the end of
 * the window (last assessment on day ≥ {@code windowDays}), given the full dose, and no ongoing
 * event could still fire a rule.
 */
public final class DltEvaluation {
  private DltEvaluation() {}

  /**
   * The verdict of one subject.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a missing date, a last assessment
   *     before the infusion, an event before the infusion or after the last assessment, an end
   *     before onset or a grade outside 1-5
   */
  public static DltResult evaluate(DltProtocol protocol, DltSubject s) {
    check(s);
    List<DltResult.Fired> fired = new ArrayList<>();
    List<Message> reasons = new ArrayList<>();
    boolean undecided = false;
    for (int i = 0; i < s.events().size(); i++) {
      ToxicityEvent e = s.events().get(i);
      long day = day(s.infusion(), e.onset());
      if (day > protocol.windowDays()) {
        reasons.add(ClinicalMessages.of("dlt.outsideWindow", i, e.term(), day));
        continue;
      }
      if (!e.attributable()) {
        reasons.add(ClinicalMessages.of("dlt.notAttributable", i, e.term()));
        continue;
      }
      for (DltRule r : protocol.rules()) {
        Boolean fires = fires(r, e, s);
        if (fires == null) {
          undecided = true;
          reasons.add(ClinicalMessages.of("dlt.undecided", r.id(), i, e.term(), e.grade(), day));
        } else if (fires) {
          fired.add(new DltResult.Fired(r.id(), i, day));
          reasons.add(ClinicalMessages.of("dlt.fired", r.id(), i, e.term(), e.grade(), day));
        }
      }
    }
    DltOutcome outcome;
    long lastDay = day(s.infusion(), s.lastAssessment());
    if (!fired.isEmpty()) {
      outcome = DltOutcome.DLT;
    } else if (lastDay < protocol.windowDays()) {
      outcome = DltOutcome.NOT_EVALUABLE;
      reasons.add(ClinicalMessages.of("dlt.shortFollowUp", lastDay, protocol.windowDays()));
    } else if (!s.fullDose()) {
      outcome = DltOutcome.NOT_EVALUABLE;
      reasons.add(ClinicalMessages.of("dlt.partialDose"));
    } else if (undecided) {
      outcome = DltOutcome.NOT_EVALUABLE;
    } else {
      outcome = DltOutcome.NO_DLT;
      reasons.add(ClinicalMessages.of("dlt.none", protocol.windowDays()));
    }
    return new DltResult(s.id(), s.doseLevel(), outcome, fired, reasons);
  }

  /** The verdicts of all subjects. */
  public static List<DltResult> evaluate(DltProtocol protocol, List<DltSubject> subjects) {
    return subjects.stream().map(s -> evaluate(protocol, s)).toList();
  }

  /** n and DLTs per dose level, in the order the levels first appear. */
  public static List<DoseLevelCount> byDoseLevel(List<DltResult> results) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (DltResult r : results) {
      int[] c = counts.computeIfAbsent(r.doseLevel(), k -> new int[4]);
      c[0]++;
      switch (r.outcome()) {
        case DLT -> {
          c[1]++;
          c[2]++;
        }
        case NO_DLT -> c[1]++;
        case NOT_EVALUABLE -> c[3]++;
      }
    }
    List<DoseLevelCount> out = new ArrayList<>();
    counts.forEach((level, c) -> out.add(new DoseLevelCount(level, c[0], c[1], c[2], c[3])));
    return out;
  }

  /** TRUE fires, FALSE does not, null = cannot tell yet (ongoing and too short so far). */
  private static Boolean fires(DltRule r, ToxicityEvent e, DltSubject s) {
    if (!r.kinds().contains(e.kind()) || e.grade() < r.minGrade()) {
      return false;
    }
    LocalDateTime end = e.end() == null ? s.lastAssessment() : e.end();
    boolean ongoing = e.end() == null;
    boolean pending = false;
    if (r.longerThanHours() != null) {
      long minutes = Duration.between(e.onset(), end).toMinutes();
      if (minutes <= r.longerThanHours() * 60L) {
        if (!ongoing) {
          return false;
        }
        pending = true;
      }
    }
    if (r.beyondDay() != null && day(s.infusion(), end) <= r.beyondDay()) {
      if (!ongoing) {
        return false;
      }
      pending = true;
    }
    return pending ? null : true;
  }

  static long day(LocalDateTime infusion, LocalDateTime t) {
    return ChronoUnit.DAYS.between(infusion.toLocalDate(), t.toLocalDate());
  }

  private static void check(DltSubject s) {
    if (s.id() == null || s.doseLevel() == null) {
      throw ClinicalMessages.error("dlt.subject.idAndLevel", s.id(), s.doseLevel());
    }
    if (s.infusion() == null || s.lastAssessment() == null) {
      throw ClinicalMessages.error("dlt.subject.dates", s.id());
    }
    if (s.lastAssessment().isBefore(s.infusion())) {
      throw ClinicalMessages.error(
          "dlt.subject.lastBeforeInfusion", s.id(), s.lastAssessment(), s.infusion());
    }
    for (int i = 0; i < s.events().size(); i++) {
      ToxicityEvent e = s.events().get(i);
      String where = "adverseEvents[" + i + "]";
      if (e.kind() == null || e.onset() == null) {
        throw ClinicalMessages.error("dlt.event.missing", s.id(), where);
      }
      if (day(s.infusion(), e.onset()) < 0) {
        throw ClinicalMessages.error(
            "dlt.event.beforeInfusion", s.id(), where, e.onset(), s.infusion().toLocalDate());
      }
      if (e.grade() < 1 || e.grade() > 5) {
        throw ClinicalMessages.error("dlt.event.grade", s.id(), where, e.grade());
      }
      if (e.onset().isAfter(s.lastAssessment())) {
        throw ClinicalMessages.error(
            "dlt.event.afterLast", s.id(), where, e.onset(), s.lastAssessment());
      }
      if (e.end() != null && e.end().isBefore(e.onset())) {
        throw ClinicalMessages.error("dlt.event.endBeforeOnset", s.id(), where, e.end(), e.onset());
      }
    }
  }
}
