package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgMrd;
import org.celltrial.clinical.response.imwg.MrdMethod;
import org.celltrial.clinical.response.imwg.MrdStatus;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.binomial.BinomialInterval;
import org.celltrial.stats.binomial.ProportionInterval;

/**
 * Sustained MRD negativity in multiple myeloma (G-EP-7; IMWG 2016, Kumar et al. Lancet Oncol
 * 2016;17:e328): two MRD-negative marrow tests at least one year apart with no MRD-positive test
 * between, by {@link ImwgMrd#sustainedFrom(List, java.util.function.Predicate, ImwgMrd.YearRule)}.
 * A test qualifies as the MRD table counts it ({@link Mrd#read}): NGS, nothing detected at a
 * sensitivity of 10⁻⁵ or better, the investigator's category CR or better at the time. "One year"
 * is the calendar anniversary ({@link ImwgMrd.YearRule#ANNIVERSARY}, the default of {@code derive
 * response --year-rule}): 2024-01-10 and 2025-01-09 are 365 days apart but not sustained (vector
 * IMW-19). The study package carries no PET/CT MRD, so IMWG's imaging part is not required: this is
 * sustained marrow MRD negativity. Samples after infusion only. The rate's denominator is every
 * infused subject of the row (untested subjects are not sustained), with its exact Clopper–Pearson
 * 95 % interval. B-ALL has no published definition of sustained MRD negativity (CIBMTR and ELIANA
 * define MRD negativity at one time point): reported for MM only.
 */
final class SustainedMrd {
  /** How "at least one year apart" is counted: as {@code derive response} does by default. */
  static final ImwgMrd.YearRule YEAR_RULE = ImwgMrd.YearRule.ANNIVERSARY;

  private SustainedMrd() {}

  /** The date MRD negativity became sustained, or {@code null} (MM rule of {@link Mrd#rule}). */
  static LocalDate from(AnalysisSubject s) {
    if (s.response() == null) {
      return null;
    }
    Mrd.Rule rule = Mrd.rule(Indication.MM);
    LocalDate infusion = s.first(JourneyEvent.Infusion.class);
    List<MrdTest> tests = new ArrayList<>();
    for (MrdSample m : s.response().mrd()) {
      if (rule.methods().contains(m.method()) && (infusion == null || m.date().isAfter(infusion))) {
        tests.add(
            new MrdTest(
                m.date(),
                MrdMethod.valueOf(m.method()),
                m.detected(),
                m.level(),
                m.sensitivity(),
                null));
      }
    }
    List<TimePoint> points = s.response().investigator();
    return ImwgMrd.sustainedFrom(
        tests,
        t ->
            ImwgMrd.status(Mrd.categoryAt(points, t.date()), t, rule.threshold()).status()
                == MrdStatus.NEGATIVE,
        YEAR_RULE);
  }

  /** The table for MM, none for the other indications. */
  static List<ReportTable> tables(
      List<AnalysisSubject> mitt, Indication indication, LocalDate cutoff) {
    if (indication != Indication.MM || mitt.isEmpty()) {
      return List.of();
    }
    Mrd.Rule rule = Mrd.rule(indication);
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(mitt)) {
      int n = st.members().size();
      if (n == 0) {
        continue;
      }
      int negative =
          (int) st.members().stream().filter(s -> Mrd.negative(s, rule, indication)).count();
      int sustained = (int) st.members().stream().filter(s -> from(s) != null).count();
      ProportionInterval ci = BinomialInterval.CLOPPER_PEARSON.of(sustained, n, Efficacy.LEVEL);
      rows.add(
          List.of(
              st.label(),
              AnalysisMessages.raw(n),
              Fmt.countPercent(negative, n),
              Fmt.countPercent(sustained, n),
              AnalysisMessages.raw(Fmt.interval(ci.lower(), ci.upper()))));
    }
    return List.of(
        new ReportTable(
            "mrd-sustained",
            AnalysisMessages.of("mrds.title", rule.thresholdText()),
            Sets.MITT.label(),
            "G-EP-7, G-BR-3",
            List.of(
                AnalysisMessages.of("col.stratum"),
                AnalysisMessages.of("col.n"),
                AnalysisMessages.of("mrd.negative"),
                AnalysisMessages.of("mrds.sustained"),
                AnalysisMessages.of("col.ci95")),
            rows,
            List.of(
                AnalysisMessages.of("mrds.note", rule.thresholdText()),
                AnalysisMessages.of("kinetics.cutoff", cutoff == null ? "-" : cutoff))));
  }
}
