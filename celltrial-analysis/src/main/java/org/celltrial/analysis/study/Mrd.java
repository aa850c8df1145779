package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllMrd;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.all.MrdClass;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgMrd;
import org.celltrial.clinical.response.imwg.MrdMethod;
import org.celltrial.clinical.response.imwg.MrdStatus;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;

/**
 * MRD endpoints (G-EP-7). B-ALL: a sample by flow cytometry or NGS is negative below 10⁻⁴ (level
 * under the threshold, or not detected at a sensitivity reaching it; the trial rule of {@link
 * MrdClass#trialNegative}, as ELIANA counts). MM: an NGS sample is negative when nothing is
 * detected at a sensitivity of 10⁻⁵ or better in a subject in CR or better at the time (IMWG 2016,
 * {@link ImwgMrd}; the category is the investigator's latest assessment on or before the sample). A
 * subject is MRD-negative when any sample after infusion is. The duration of MRD negativity runs
 * from the first negative sample to the first later MRD-positive sample (B-ALL at or above 10⁻⁴, MM
 * detected), relapse or progression, or death, whichever is first; otherwise it is censored at the
 * last negative sample, the last time negativity was seen.
 */
final class Mrd {
  private Mrd() {}

  /** The assay rule of an indication: threshold, the methods counted and their names. */
  record Rule(double threshold, List<String> methods, String thresholdText) {}

  /** The rule, or {@code null} for LBCL (MRD is not an endpoint of the Lugano criteria). */
  static Rule rule(Indication indication) {
    return switch (indication) {
      case B_ALL -> new Rule(1e-4, List.of("FLOW", "NGS"), "10^-4");
      case MM -> new Rule(1e-5, List.of("NGS"), "10^-5");
      case LBCL -> null;
    };
  }

  /** Negative (+1), positive (−1) or neither (0: another method, not sensitive enough, not CR). */
  static int read(MrdSample m, Rule rule, Indication indication, List<TimePoint> points) {
    if (!rule.methods().contains(m.method())) {
      return 0;
    }
    if (indication == Indication.B_ALL) {
      MrdClass c =
          AllResponse.mrd(
              new AllMrd(m.method(), m.detected(), m.level(), m.sensitivity()), rule.threshold());
      return c.trialNegative() ? 1 : c == MrdClass.POSITIVE ? -1 : 0;
    }
    MrdTest t =
        new MrdTest(
            m.date(),
            MrdMethod.valueOf(m.method()),
            m.detected(),
            m.level(),
            m.sensitivity(),
            null);
    MrdStatus st = ImwgMrd.status(categoryAt(points, m.date()), t, rule.threshold()).status();
    return st == MrdStatus.NEGATIVE ? 1 : st == MrdStatus.POSITIVE ? -1 : 0;
  }

  /** The investigator's latest category on or before the date, NE when none. */
  static Category categoryAt(List<TimePoint> points, LocalDate date) {
    Category c = Category.NE;
    for (TimePoint p : points) {
      if (!p.date().isAfter(date)) {
        c = p.category();
      }
    }
    return c;
  }

  /** The samples after infusion with their reading, in date order. */
  private static List<int[]> readings(AnalysisSubject s, Rule rule, Indication indication) {
    List<int[]> out = new ArrayList<>();
    if (s.response() == null) {
      return out;
    }
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    List<MrdSample> samples = s.response().mrd();
    for (int i = 0; i < samples.size(); i++) {
      MrdSample m = samples.get(i);
      if (infusion == null || m.date().isAfter(infusion)) {
        out.add(new int[] {i, read(m, rule, indication, s.response().investigator())});
      }
    }
    return out;
  }

  static boolean tested(AnalysisSubject s, Rule rule, Indication indication) {
    return s.response() != null
        && s.response().mrd().stream().anyMatch(m -> rule.methods().contains(m.method()));
  }

  static boolean negative(AnalysisSubject s, Rule rule, Indication indication) {
    return readings(s, rule, indication).stream().anyMatch(r -> r[1] == 1);
  }

  /**
   * The duration of MRD negativity of an MRD-negative subject: {@code {start, end, event}} as epoch
   * days and 0/1.
   */
  static long[] duration(AnalysisSubject s, Rule rule, Indication indication) {
    List<MrdSample> samples = s.response().mrd();
    LocalDate start = null;
    LocalDate lastNegative = null;
    LocalDate positive = null;
    for (int[] r : readings(s, rule, indication)) {
      LocalDate d = samples.get(r[0]).date();
      if (start == null) {
        start = r[1] == 1 ? d : null;
        lastNegative = start;
      } else if (r[1] == 1) {
        lastNegative = d;
      } else if (r[1] == -1) {
        positive = d;
        break;
      }
    }
    LocalDate event = positive;
    for (LocalDate d : new LocalDate[] {s.progression(), s.first(JourneyEvent.Death.class)}) {
      if (d != null && !d.isBefore(start) && (event == null || d.isBefore(event))) {
        event = d;
      }
    }
    LocalDate end = event != null ? event : lastNegative;
    return new long[] {start.toEpochDay(), end.toEpochDay(), event != null ? 1 : 0};
  }

  static List<ReportTable> tables(List<AnalysisSubject> mitt, Indication indication) {
    Rule rule = rule(indication);
    if (rule == null) {
      return List.of();
    }
    List<List<Message>> rows = new ArrayList<>();
    for (boolean respondersOnly : new boolean[] {false, true}) {
      Message population = AnalysisMessages.of(respondersOnly ? "mrd.responders" : "mrd.infused");
      List<AnalysisSubject> base =
          respondersOnly ? mitt.stream().filter(Efficacy::responder).toList() : mitt;
      for (Strata st : Strata.of(base)) {
        int n = st.members().size();
        if (n == 0) {
          continue;
        }
        int tested = (int) st.members().stream().filter(s -> tested(s, rule, indication)).count();
        int neg = (int) st.members().stream().filter(s -> negative(s, rule, indication)).count();
        ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(neg, n, Efficacy.LEVEL);
        rows.add(
            List.of(
                population,
                st.label(),
                AnalysisMessages.raw(n),
                AnalysisMessages.raw(tested),
                Fmt.countPercent(neg, n),
                AnalysisMessages.raw(Fmt.interval(ci.lower(), ci.upper()))));
      }
    }
    List<Message> notes = new ArrayList<>();
    notes.add(
        AnalysisMessages.of(
            indication == Indication.B_ALL ? "mrd.noteAll" : "mrd.noteMm", rule.thresholdText()));
    boolean anyNegative = mitt.stream().anyMatch(s -> negative(s, rule, indication));
    if (mitt.stream().noneMatch(s -> tested(s, rule, indication))) {
      notes.add(AnalysisMessages.of("mrd.notCollected"));
    } else if (!anyNegative) {
      notes.add(AnalysisMessages.of("mrd.noDuration"));
    }
    List<ReportTable> out = new ArrayList<>();
    out.add(
        new ReportTable(
            "mrd",
            AnalysisMessages.of("mrd.title", rule.thresholdText()),
            Sets.MITT.label(),
            "G-EP-7, G-BR-3",
            List.of(
                AnalysisMessages.of("col.population"),
                AnalysisMessages.of("col.stratum"),
                AnalysisMessages.of("col.n"),
                AnalysisMessages.of("mrd.tested"),
                AnalysisMessages.of("mrd.negative"),
                AnalysisMessages.of("col.ci95")),
            rows,
            notes));
    if (anyNegative) {
      out.add(durationTable(mitt, rule, indication));
    }
    return out;
  }

  private static ReportTable durationTable(
      List<AnalysisSubject> mitt, Rule rule, Indication indication) {
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(mitt)) {
      List<AnalysisSubject> neg =
          st.members().stream().filter(s -> negative(s, rule, indication)).toList();
      if (neg.isEmpty()) {
        continue;
      }
      double[] time = new double[neg.size()];
      int[] status = new int[neg.size()];
      for (int i = 0; i < neg.size(); i++) {
        long[] d = duration(neg.get(i), rule, indication);
        time[i] = Math.max(0, d[1] - d[0]) / TimeToEvent.DAYS_PER_MONTH;
        status[i] = (int) d[2];
      }
      KmCurve km = KaplanMeier.fit(time, status, null, ConfType.LOG, Efficacy.LEVEL);
      rows.add(KmCells.row(st.label(), km, status));
    }
    return new ReportTable(
        "mrd-duration",
        AnalysisMessages.of("mrd.durationTitle", rule.thresholdText()),
        AnalysisMessages.of("mrd.durationSet"),
        "G-EP-7, G-BR-3",
        KmCells.header(AnalysisMessages.of("col.stratum")),
        rows,
        List.of(AnalysisMessages.of("mrd.durationNote")));
  }
}
