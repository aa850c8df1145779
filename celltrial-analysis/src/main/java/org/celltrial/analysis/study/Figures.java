package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.competing.CumulativeIncidence;
import org.celltrial.stats.competing.IncidenceCurve;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;

/**
 * The report's figures, in report order, from the same per-subject data as its tables: Kaplan–Meier
 * curves of OS and PFS (EFS for B-ALL) by bridging stratum with numbers at risk (G-EP-1, G-BR-3),
 * cumulative incidence of relapse and NRM (G-EP-9), the subgroup forest plot (G-DES-2, G-BR-3), the
 * swimmer plot (G-EP-2, G-EP-11), the waterfall plot (G-EP-2; not for B-ALL) and the CRS/ICANS
 * timeline (G-SAF-1, G-SAF-3). Without anyone infused there is no figure; the incidence figure
 * needs an event and the timeline an episode; a waterfall without evaluable subjects (CT SPD not
 * collected) is kept and says so.
 */
public final class Figures {
  private Figures() {}

  /** Every figure of the analysis, in report order. */
  public static List<Figure> of(StudyAnalysis a) {
    AnalysisInput in = a.input();
    List<AnalysisSubject> mitt = Sets.MITT.of(in.subjects());
    List<Figure> out = new ArrayList<>();
    if (mitt.isEmpty()) {
      return out;
    }
    boolean failureIsEvent = in.indication() == Indication.B_ALL;
    Message pfsName = AnalysisMessages.of(failureIsEvent ? "tte.EFS" : "tte.PFS");
    out.add(
        kaplanMeier(
            mitt, TimeToEvent.Endpoint.OS, in, failureIsEvent, AnalysisMessages.of("tte.OS")));
    out.add(kaplanMeier(mitt, TimeToEvent.Endpoint.PFS, in, failureIsEvent, pfsName));
    IncidenceFigure cif = incidence(mitt, in, failureIsEvent);
    if (cif != null) {
      out.add(cif);
    }
    out.add(Subgroups.forest(a));
    out.add(SwimmerPlot.figure(mitt, in.cutoff()));
    if (!failureIsEvent) {
      out.add(WaterfallPlot.figure(mitt, in.indication()));
    }
    ToxicityTimelineFigure tox = ToxicityTimeline.figure(mitt);
    if (!tox.lanes().isEmpty()) {
      out.add(tox);
    }
    return out;
  }

  /**
   * Kaplan–Meier curves of one endpoint, one per bridging stratum with subjects, and the numbers at
   * risk at each x tick: the subjects whose time (event or censoring) is at or after the tick, as
   * R's {@code summary(survfit(...), times = ticks)$n.risk}.
   */
  static KaplanMeierFigure kaplanMeier(
      List<AnalysisSubject> mitt,
      TimeToEvent.Endpoint e,
      AnalysisInput in,
      boolean failureIsEvent,
      Message name) {
    String id = e.name().toLowerCase(Locale.ROOT);
    List<CurveSeries> curves = new ArrayList<>();
    List<CurveSeries> censored = new ArrayList<>();
    List<double[]> times = new ArrayList<>();
    double max = 0;
    for (Strata st : Strata.of(mitt)) {
      TimeToEvent.Data d = TimeToEvent.data(st.members(), e, in.cutoff(), failureIsEvent);
      if (d.time().length == 0) {
        continue;
      }
      KmCurve km = KaplanMeier.fit(d.time(), d.status(), null, ConfType.LOG, Efficacy.LEVEL);
      curves.add(new CurveSeries(id, st.label(), km.time(), km.surv()));
      censored.add(censorMarks(id, st.label(), km));
      times.add(d.time());
      for (double t : d.time()) {
        max = Math.max(max, t);
      }
    }
    List<Integer> ticks = ticks(max);
    List<List<Integer>> atRisk = new ArrayList<>();
    for (double[] t : times) {
      atRisk.add(atRisk(t, ticks));
    }
    return new KaplanMeierFigure(
        "km-" + id,
        AnalysisMessages.of("figure.km.title", name),
        Sets.MITT.label(),
        "G-EP-1, G-BR-3",
        List.of(AnalysisMessages.of("figure.km.note")),
        curves,
        ticks,
        atRisk,
        censored);
  }

  /** The times with a censored subject, and the survival there. */
  static CurveSeries censorMarks(String id, Message label, KmCurve km) {
    double[] t = km.time();
    double[] s = km.surv();
    int[] c = km.nCensor();
    int n = 0;
    for (int x : c) {
      n += x > 0 ? 1 : 0;
    }
    double[] mt = new double[n];
    double[] ms = new double[n];
    int k = 0;
    for (int i = 0; i < t.length; i++) {
      if (c[i] > 0) {
        mt[k] = t[i];
        ms[k] = s[i];
        k++;
      }
    }
    return new CurveSeries(id, label, mt, ms);
  }

  /** Relapse and NRM cumulative incidence in the whole set, or {@code null} without events. */
  static IncidenceFigure incidence(
      List<AnalysisSubject> mitt, AnalysisInput in, boolean failureIsEvent) {
    TimeToEvent.Data d = TimeToEvent.competing(mitt, in.cutoff(), failureIsEvent);
    boolean anyEvent = false;
    double max = 0;
    for (int i = 0; i < d.time().length; i++) {
      anyEvent |= d.status()[i] != 0;
      max = Math.max(max, d.time()[i]);
    }
    if (!anyEvent) {
      return null;
    }
    List<CurveSeries> curves = new ArrayList<>();
    for (IncidenceCurve c : CumulativeIncidence.estimate(d.time(), d.status())) {
      if (c.cause() == 1 || c.cause() == 2) {
        Message name = AnalysisMessages.of(c.cause() == 1 ? "cif.relapse" : "cif.nrm");
        curves.add(new CurveSeries("cif", name, c.time(), c.estimate()));
      }
    }
    return new IncidenceFigure(
        "cif",
        AnalysisMessages.of("figure.cif.title"),
        Sets.MITT.label(),
        "G-EP-9",
        List.of(AnalysisMessages.of("cif.note")),
        curves,
        ticks(max));
  }

  /**
   * The x ticks in whole months from 0 through the first tick at or past {@code max}: every 3
   * months up to 24, every 6 up to 48, then every 12.
   */
  static List<Integer> ticks(double max) {
    int step = max <= 24 ? 3 : max <= 48 ? 6 : 12;
    int last = Math.max(step, (int) Math.ceil(max / step - 1e-9) * step);
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t <= last; t += step) {
      out.add(t);
    }
    return out;
  }

  /** How many of the times are at or after each tick. */
  static List<Integer> atRisk(double[] time, List<Integer> ticks) {
    List<Integer> out = new ArrayList<>();
    for (int tick : ticks) {
      int n = 0;
      for (double t : time) {
        n += t >= tick ? 1 : 0;
      }
      out.add(n);
    }
    return out;
  }
}
