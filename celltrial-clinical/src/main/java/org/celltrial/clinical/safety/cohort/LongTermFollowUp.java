package org.celltrial.clinical.safety.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.safety.malignancy.MalignancyAssessment;
import org.celltrial.clinical.safety.malignancy.MalignancyRegister;
import org.celltrial.clinical.safety.malignancy.VisitPlan;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.CelltrialException;

/**
 * The secondary-malignancy register and the long-term follow-up of the subjects of a study
 * (G-SAF-6): every subject's {@code malignancies} assessed by {@link MalignancyRegister}, and each
 * infused subject's {@code followUpVisits} against the 15-year schedule for integrating vectors
 * ({@link VisitPlan#INTEGRATING_VECTOR}) by {@link FollowUpSchedule}, from the first infusion in
 * the journey to the end of follow-up (the earliest death or loss to follow-up), at a data cut-off.
 * Without a cut-off it is the latest date recorded in any subject's file, so that no visit is
 * called overdue on a day the data do not reach.
 */
public final class LongTermFollowUp {
  private LongTermFollowUp() {}

  /**
   * One subject's schedule.
   *
   * @param subject the subject's identifier
   * @param infusion day 0
   * @param endOfFollowUp death or loss to follow-up, {@code null} while followed
   * @param visits the planned visits up to the end of follow-up, with their status at the cut-off
   */
  public record Schedule(
      String subject,
      LocalDate infusion,
      LocalDate endOfFollowUp,
      List<FollowUpSchedule.Visit> visits) {
    /** Copies the visits. */
    public Schedule {
      visits = List.copyOf(visits);
    }
  }

  /**
   * The register and the schedules.
   *
   * @param cutoff the data cut-off used
   * @param cutoffFromData whether the cut-off is the latest date in the data (none was given)
   * @param plan the visit plan
   * @param malignancies the assessed register entries, subject by subject in input order
   * @param schedules the schedule of each infused subject, in input order
   * @param notInfused subjects without an infusion in their journey, or infused after the cut-off:
   *     no schedule
   */
  public record Register(
      LocalDate cutoff,
      boolean cutoffFromData,
      VisitPlan plan,
      List<MalignancyAssessment> malignancies,
      List<Schedule> schedules,
      List<String> notInfused) {
    /** Copies the lists. */
    public Register {
      malignancies = List.copyOf(malignancies);
      schedules = List.copyOf(schedules);
      notInfused = List.copyOf(notInfused);
    }
  }

  /**
   * Assesses the subjects.
   *
   * @param cutoff the data cut-off, {@code null} for the latest date in the data
   * @throws org.celltrial.common.i18n.CelltrialException for a subject named twice, a malignancy
   *     entered under another subject, a malignancy or a visit without or before the infusion, or
   *     data without any date
   */
  public static Register assess(List<Subject> subjects, LocalDate cutoff) {
    LocalDate at = cutoff == null ? latest(subjects) : cutoff;
    List<MalignancyAssessment> register = new ArrayList<>();
    List<Schedule> schedules = new ArrayList<>();
    List<String> notInfused = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Subject s : subjects) {
      if (!seen.add(s.id())) {
        throw ClinicalMessages.error("dlt.subject.twice", s.id());
      }
      LocalDate infusion = SubjectDates.infusion(s).orElse(null);
      register.addAll(malignancies(s, infusion));
      if (infusion == null && !s.followUpVisits().isEmpty()) {
        throw ClinicalMessages.error("safety.schedule.noInfusion", s.id());
      }
      if (infusion == null || infusion.isAfter(at)) {
        notInfused.add(s.id());
        continue;
      }
      LocalDate end = SubjectDates.endOfFollowUp(s).orElse(null);
      try {
        schedules.add(
            new Schedule(
                s.id(),
                infusion,
                end,
                FollowUpSchedule.of(
                    VisitPlan.INTEGRATING_VECTOR, infusion, s.followUpVisits(), end, at)));
      } catch (CelltrialException e) {
        throw ClinicalMessages.error("safety.subject", s.id(), e.detail());
      }
    }
    return new Register(
        at, cutoff == null, VisitPlan.INTEGRATING_VECTOR, register, schedules, notInfused);
  }

  /** One subject's entries assessed, an error naming the subject. */
  private static List<MalignancyAssessment> malignancies(Subject s, LocalDate infusion) {
    List<Malignancy> entries = new ArrayList<>();
    for (int i = 0; i < s.malignancies().size(); i++) {
      entries.add(owned(s, i));
    }
    Map<String, LocalDate> infusions = infusion == null ? Map.of() : Map.of(s.id(), infusion);
    try {
      return MalignancyRegister.assess(entries, infusions);
    } catch (CelltrialException e) {
      throw ClinicalMessages.error("safety.subject", s.id(), e.detail());
    }
  }

  /** The entry with its subject filled in; one naming another subject is an error. */
  private static Malignancy owned(Subject s, int index) {
    Malignancy m = s.malignancies().get(index);
    if (m.subject() != null && !m.subject().equals(s.id())) {
      throw ClinicalMessages.error("safety.malignancy.otherSubject", s.id(), index, m.subject());
    }
    return new Malignancy(
        s.id(),
        m.diagnosis(),
        m.lineage(),
        m.diagnosed(),
        m.carTransgene(),
        m.clonality(),
        m.integrationSite());
  }

  private static LocalDate latest(List<Subject> subjects) {
    return subjects.stream()
        .map(SubjectDates::latest)
        .flatMap(d -> d.stream())
        .max(LocalDate::compareTo)
        .orElseThrow(() -> ClinicalMessages.error("safety.schedule.noDates"));
  }
}
