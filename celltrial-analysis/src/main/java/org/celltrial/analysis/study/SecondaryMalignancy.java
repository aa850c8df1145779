package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.malignancy.FollowUpSchedule;
import org.celltrial.clinical.safety.malignancy.IncidenceRate;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.safety.malignancy.MalignancyAssessment;
import org.celltrial.clinical.safety.malignancy.MalignancyRegister;
import org.celltrial.clinical.safety.malignancy.VisitPlan;
import org.celltrial.common.i18n.Message;

/**
 * Secondary malignancies (G-SAF-6) in the infused set: the register ({@link MalignancyRegister}:
 * lineage, days from infusion, CAR-transgene, clonality and integration-site tests, and the flag of
 * a T-cell malignancy whose link to the product is not excluded), and the incidence of a first new
 * malignancy per 100 person-years with its exact Poisson (Garwood) 95% interval ({@link
 * IncidenceRate}). Time at risk runs from infusion to the first new malignancy, death, loss to
 * follow-up, the last known contact or the data cut-off, whichever is first, in years of 365.25
 * days. The long-term follow-up visits of the 15-year schedule ({@link
 * VisitPlan#INTEGRATING_VECTOR}) are counted as done, overdue or due at the cut-off ({@link
 * FollowUpSchedule}).
 */
final class SecondaryMalignancy {
  static final double DAYS_PER_YEAR = 365.25;

  private SecondaryMalignancy() {}

  static List<ReportTable> tables(AnalysisInput input) {
    List<AnalysisSubject> infused =
        Sets.MITT.of(input.subjects()).stream().filter(s -> s.source() != null).toList();
    return List.of(register(infused), incidence(infused, input.cutoff()));
  }

  private static ReportTable register(List<AnalysisSubject> infused) {
    List<Message> header =
        List.of(
            AnalysisMessages.of("mal.col.subject"),
            AnalysisMessages.of("mal.col.diagnosis"),
            AnalysisMessages.of("mal.col.lineage"),
            AnalysisMessages.of("mal.col.day"),
            AnalysisMessages.of("mal.col.tests"),
            AnalysisMessages.of("mal.col.flag"));
    List<Malignancy> all = new ArrayList<>();
    Map<String, LocalDate> infusions = new HashMap<>();
    for (AnalysisSubject s : infused) {
      infusions.put(s.id(), s.first(JourneyEvent.Infusion.class));
      for (Malignancy m : s.source().malignancies()) {
        all.add(
            m.subject() != null
                ? m
                : new Malignancy(
                    s.id(),
                    m.diagnosis(),
                    m.lineage(),
                    m.diagnosed(),
                    m.carTransgene(),
                    m.clonality(),
                    m.integrationSite()));
      }
    }
    List<List<Message>> rows = new ArrayList<>();
    for (MalignancyAssessment a : MalignancyRegister.assess(all, infusions)) {
      Malignancy m = a.malignancy();
      rows.add(
          List.of(
              AnalysisMessages.raw(m.subject()),
              AnalysisMessages.raw(m.diagnosis() == null ? "-" : m.diagnosis()),
              AnalysisMessages.of("mal.lineage." + m.lineage().name()),
              AnalysisMessages.raw(a.daysFromInfusion()),
              AnalysisMessages.of(
                  "mal.tests",
                  AnalysisMessages.of("mal.test." + m.carTransgene().name()),
                  AnalysisMessages.of("mal.test." + m.clonality().name()),
                  AnalysisMessages.of("mal.test." + m.integrationSite().name())),
              AnalysisMessages.of(a.productLinkFlag() ? "mal.flag.yes" : "mal.flag.no")));
    }
    if (rows.isEmpty()) {
      rows.add(DoseHistory.notCollected(header.size()));
      if (!infused.isEmpty()) {
        rows.set(0, replaceFirst(rows.get(0), AnalysisMessages.of("mal.none")));
      }
    }
    return new ReportTable(
        "malignancy-register",
        AnalysisMessages.of("mal.register.title"),
        Sets.MITT.label(),
        "G-SAF-6",
        header,
        rows,
        List.of(AnalysisMessages.of("mal.register.note")));
  }

  private static List<Message> replaceFirst(List<Message> row, Message first) {
    List<Message> r = new ArrayList<>(row);
    r.set(0, first);
    return r;
  }

  private static ReportTable incidence(List<AnalysisSubject> infused, LocalDate cutoff) {
    List<List<Message>> rows = new ArrayList<>();
    if (infused.isEmpty()) {
      rows.add(DoseHistory.notCollected(2));
      return incidenceTable(rows);
    }
    int subjectsWith = 0;
    int tCell = 0;
    double years = 0;
    int[] visits = new int[FollowUpSchedule.Status.values().length];
    for (AnalysisSubject s : infused) {
      LocalDate infusion = s.first(JourneyEvent.Infusion.class);
      LocalDate end = endOfFollowUp(s, cutoff);
      LocalDate first =
          s.source().malignancies().stream()
              .map(Malignancy::diagnosed)
              .min(LocalDate::compareTo)
              .orElse(null);
      LocalDate stop = first != null && first.isBefore(end) ? first : end;
      subjectsWith += first != null ? 1 : 0;
      tCell +=
          s.source().malignancies().stream().anyMatch(m -> m.lineage() == Lineage.T_CELL) ? 1 : 0;
      years += ChronoUnit.DAYS.between(infusion, stop) / DAYS_PER_YEAR;
      LocalDate left = end.equals(cutoff) ? null : end;
      for (FollowUpSchedule.Visit v :
          FollowUpSchedule.of(
              VisitPlan.INTEGRATING_VECTOR, infusion, s.source().followUpVisits(), left, cutoff)) {
        visits[v.status().ordinal()]++;
      }
    }
    rows.add(List.of(AnalysisMessages.of("mal.subjects"), AnalysisMessages.raw(infused.size())));
    rows.add(
        List.of(AnalysisMessages.of("mal.with"), Fmt.countPercent(subjectsWith, infused.size())));
    rows.add(List.of(AnalysisMessages.of("mal.tcell"), Fmt.countPercent(tCell, infused.size())));
    rows.add(List.of(AnalysisMessages.of("mal.years"), AnalysisMessages.raw(Fmt.number(years, 2))));
    if (years > 0) {
      IncidenceRate r = IncidenceRate.of(subjectsWith, years, 0.95);
      rows.add(
          List.of(
              AnalysisMessages.of("mal.rate"),
              AnalysisMessages.raw(
                  Fmt.number(r.ratePer100(), 2)
                      + " ("
                      + Fmt.number(r.lowerPer100(), 2)
                      + "–"
                      + Fmt.number(r.upperPer100(), 2)
                      + ")")));
    }
    for (FollowUpSchedule.Status st :
        List.of(
            FollowUpSchedule.Status.DONE,
            FollowUpSchedule.Status.OVERDUE,
            FollowUpSchedule.Status.DUE)) {
      rows.add(
          List.of(
              AnalysisMessages.of("mal.visits." + st.name()),
              AnalysisMessages.raw(visits[st.ordinal()])));
    }
    return incidenceTable(rows);
  }

  private static ReportTable incidenceTable(List<List<Message>> rows) {
    return new ReportTable(
        "malignancy-incidence",
        AnalysisMessages.of("mal.incidence.title"),
        Sets.MITT.label(),
        "G-SAF-6",
        List.of(AnalysisMessages.of("col.item"), AnalysisMessages.of("col.value")),
        rows,
        List.of(AnalysisMessages.of("mal.incidence.note")));
  }

  /** Death, loss to follow-up, the last known contact or the cut-off, whichever is first. */
  static LocalDate endOfFollowUp(AnalysisSubject s, LocalDate cutoff) {
    LocalDate end =
        s.lastKnownAlive() != null && s.lastKnownAlive().isBefore(cutoff)
            ? s.lastKnownAlive()
            : cutoff;
    for (Class<? extends JourneyEvent> k :
        List.of(JourneyEvent.Death.class, JourneyEvent.LostToFollowUp.class)) {
      LocalDate d = s.first(k);
      end = d != null && d.isBefore(end) ? d : end;
    }
    return end;
  }
}
