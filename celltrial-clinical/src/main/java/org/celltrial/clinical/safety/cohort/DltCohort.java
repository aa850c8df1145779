package org.celltrial.clinical.safety.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.safety.dlt.DltEvaluation;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltResult;
import org.celltrial.clinical.safety.dlt.DltRules;
import org.celltrial.clinical.safety.dlt.DltSubject;
import org.celltrial.clinical.safety.dlt.DoseLevelCount;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;

/**
 * The DLT assessment of a dose-escalation cohort from the study and subject files (G-PH-1): the
 * study's {@code dlt} (window and rules) applied to each infused subject's {@code adverseEvents},
 * counted per dose level in the order of the study's {@code doseLevels}.
 *
 * <p>Day 0 is the subject's first infusion in the journey. The last toxicity assessment is the data
 * cut-off when one is given — or the end of follow-up (death, loss to follow-up) when that comes
 * first — taken at 23:59 that day, since the data are complete through it; otherwise it is the
 * latest date or time recorded in the subject's file (journey events, adverse events, infections,
 * malignancies, follow-up visits), a date without a time counting from 00:00, so that an ongoing
 * event is never assumed to have lasted longer than the data show. The subject file records no
 * planned dose, so every infused subject counts as fully dosed.
 */
public final class DltCohort {
  /** A cut-off date covers the whole day: data are complete through it. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private DltCohort() {}

  /**
   * The result.
   *
   * @param protocol the study's DLT protocol
   * @param subjects what the rules saw of each infused subject (infusion, last assessment, events)
   * @param results the verdict of each infused subject, in input order
   * @param levels n and DLTs per dose level with at least one infused subject, lowest first
   * @param notInfused subjects without an infusion in their journey, or infused after the cut-off:
   *     not in the DLT population
   */
  public record Assessment(
      DltProtocol protocol,
      List<DltSubject> subjects,
      List<DltResult> results,
      List<DoseLevelCount> levels,
      List<String> notInfused) {
    /** Copies the lists. */
    public Assessment {
      subjects = List.copyOf(subjects);
      results = List.copyOf(results);
      levels = List.copyOf(levels);
      notInfused = List.copyOf(notInfused);
    }
  }

  /**
   * Assesses the subjects.
   *
   * @param cutoff the data cut-off date, {@code null} to take each subject's latest recorded date
   * @throws org.celltrial.common.i18n.CelltrialException for a study without {@code dlt} or {@code
   *     doseLevels}, a subject whose {@code doseLevel} is missing or not one of the study's, a
   *     subject named twice, adverse events without an infusion, or any error of {@link
   *     DltEvaluation#evaluate(DltProtocol, DltSubject)}
   */
  public static Assessment assess(Study study, List<Subject> subjects, LocalDate cutoff) {
    if (study.dlt() == null) {
      throw ClinicalMessages.error("dlt.study.none", study.id(), String.join(", ", DltRules.ids()));
    }
    if (study.doseLevels().isEmpty()) {
      throw ClinicalMessages.error("dlt.study.noDoseLevels", study.id());
    }
    List<DltSubject> in = new ArrayList<>();
    List<String> notInfused = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Subject s : subjects) {
      if (!seen.add(s.id())) {
        throw ClinicalMessages.error("dlt.subject.twice", s.id());
      }
      LocalDate infusion = SubjectDates.infusion(s).orElse(null);
      if (infusion == null && !s.adverseEvents().isEmpty()) {
        throw ClinicalMessages.error("dlt.subject.eventsWithoutInfusion", s.id());
      }
      if (infusion == null || (cutoff != null && infusion.isAfter(cutoff))) {
        notInfused.add(s.id());
        continue;
      }
      checkDoseLevel(study, s);
      in.add(
          new DltSubject(
              s.id(),
              s.doseLevel(),
              infusion.atStartOfDay(),
              lastAssessment(s, infusion, cutoff),
              true,
              s.adverseEvents()));
    }
    List<DltResult> results = DltEvaluation.evaluate(study.dlt(), in);
    List<DoseLevelCount> levels =
        DltEvaluation.byDoseLevel(results).stream()
            .sorted(Comparator.comparingInt(c -> study.doseLevels().indexOf(c.doseLevel())))
            .toList();
    return new Assessment(study.dlt(), in, results, levels, notInfused);
  }

  /** A dose level that the study names (G-PH-1: DLTs are counted per planned dose level). */
  private static void checkDoseLevel(Study study, Subject s) {
    String levels = String.join(", ", study.doseLevels());
    if (s.doseLevel() == null) {
      throw ClinicalMessages.error("dlt.subject.noDoseLevel", s.id(), levels);
    }
    if (!study.doseLevels().contains(s.doseLevel())) {
      throw ClinicalMessages.error("dlt.subject.unknownDoseLevel", s.id(), s.doseLevel(), levels);
    }
  }

  private static LocalDateTime lastAssessment(Subject s, LocalDate infusion, LocalDate cutoff) {
    if (cutoff != null) {
      LocalDate end = SubjectDates.endOfFollowUp(s).orElse(cutoff);
      return (end.isBefore(cutoff) ? end : cutoff).atTime(END_OF_DAY);
    }
    Stream<LocalDateTime> dates =
        Stream.of(infusion, SubjectDates.latest(s).orElse(infusion)).map(LocalDate::atStartOfDay);
    Stream<LocalDateTime> times =
        s.adverseEvents().stream()
            .flatMap(e -> Stream.of(e.onset(), e.end()))
            .filter(t -> t != null);
    return Stream.concat(dates, times).max(LocalDateTime::compareTo).orElseThrow();
  }
}
