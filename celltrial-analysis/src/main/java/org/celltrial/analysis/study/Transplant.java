package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;

/**
 * HSCT after CAR-T (G-EP-11): the share of responders who proceed to HSCT (a journey {@code hsct}
 * event after the infusion), with its 95 % Clopper–Pearson interval and the days from infusion;
 * and, among all infused subjects transplanted after the infusion, OS and EFS measured from the
 * HSCT (Kaplan–Meier; landmarking at the transplant, so no time before it is counted). EFS events:
 * relapse or progression on or after the HSCT, death; a subject who relapsed before the HSCT has
 * its event at the HSCT (day 0). Censoring at the last contact, else the data cut-off.
 */
final class Transplant {
  private Transplant() {}

  /** The first HSCT after the infusion, or {@code null}. */
  static LocalDate hsct(AnalysisSubject s) {
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    return s.journey().stream()
        .filter(e -> e instanceof JourneyEvent.Hsct)
        .map(JourneyEvent::first)
        .filter(d -> infusion != null && d.isAfter(infusion))
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  static List<ReportTable> tables(List<AnalysisSubject> mitt, LocalDate cutoff) {
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(mitt.stream().filter(Efficacy::responder).toList())) {
      int n = st.members().size();
      if (n == 0) {
        continue;
      }
      List<AnalysisSubject> to = st.members().stream().filter(s -> hsct(s) != null).toList();
      ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(to.size(), n, Efficacy.LEVEL);
      int[] days =
          to.stream()
              .mapToInt(
                  s -> (int) ChronoUnit.DAYS.between(s.first(JourneyEvent.Infusion.class), hsct(s)))
              .sorted()
              .toArray();
      rows.add(
          List.of(
              st.label(),
              AnalysisMessages.raw(n),
              Fmt.countPercent(to.size(), n),
              AnalysisMessages.raw(Fmt.interval(ci.lower(), ci.upper())),
              AnalysisMessages.raw(Baseline.medianRange(days, days.length))));
    }
    List<AnalysisSubject> transplanted = mitt.stream().filter(s -> hsct(s) != null).toList();
    List<ReportTable> out = new ArrayList<>();
    out.add(
        new ReportTable(
            "hsct",
            AnalysisMessages.of("hsct.title"),
            AnalysisMessages.of("hsct.set"),
            "G-EP-11, G-BR-3",
            List.of(
                AnalysisMessages.of("col.stratum"),
                AnalysisMessages.of("hsct.responders"),
                AnalysisMessages.of("hsct.proceeded"),
                AnalysisMessages.of("col.ci95"),
                AnalysisMessages.of("hsct.days")),
            rows,
            List.of(
                AnalysisMessages.of(
                    transplanted.isEmpty() ? "hsct.noneTransplanted" : "hsct.note"))));
    if (!transplanted.isEmpty()) {
      out.add(outcome(transplanted, cutoff));
    }
    return out;
  }

  private static ReportTable outcome(List<AnalysisSubject> transplanted, LocalDate cutoff) {
    List<List<Message>> rows = new ArrayList<>();
    for (boolean efs : new boolean[] {false, true}) {
      double[] time = new double[transplanted.size()];
      int[] status = new int[transplanted.size()];
      for (int i = 0; i < transplanted.size(); i++) {
        AnalysisSubject s = transplanted.get(i);
        LocalDate from = hsct(s);
        LocalDate event = s.first(JourneyEvent.Death.class);
        if (efs && s.progression() != null) {
          LocalDate p = s.progression().isBefore(from) ? from : s.progression();
          event = event == null || p.isBefore(event) ? p : event;
        }
        LocalDate end =
            event != null ? event : s.lastKnownAlive() != null ? s.lastKnownAlive() : cutoff;
        time[i] = TimeToEvent.months(from, end);
        status[i] = event != null ? 1 : 0;
      }
      KmCurve km = KaplanMeier.fit(time, status, null, ConfType.LOG, Efficacy.LEVEL);
      rows.add(KmCells.row(AnalysisMessages.of(efs ? "hsct.efs" : "hsct.os"), km, status));
    }
    return new ReportTable(
        "hsct-outcome",
        AnalysisMessages.of("hsct.outcomeTitle"),
        AnalysisMessages.of("hsct.outcomeSet"),
        "G-EP-11",
        KmCells.header(AnalysisMessages.of("col.endpoint")),
        rows,
        List.of(AnalysisMessages.of("hsct.outcomeNote")));
  }
}
