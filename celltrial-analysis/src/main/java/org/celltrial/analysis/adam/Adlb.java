package org.celltrial.analysis.adam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.ctcae.CtcaeLabGrader;
import org.celltrial.clinical.grading.ctcae.LabGrade;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.ctcae.LabUnits;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.CelltrialException;

/**
 * ADLB, the laboratory analysis dataset (ADaM BDS): per subject, in file order, every blood count
 * of the counts file the engine can use, by parameter (ANC, PLT, HGB, ALC, WBC) and time, with
 * {@code AVAL} in the engine's canonical units (10^9/L; g/dL for hemoglobin), the CTCAE v5.0 grade
 * {@code ATOXGR} exactly as {@link org.celltrial.clinical.grading.icaht.HematotoxicityAssessment}
 * grades it (G-SAF-1), and the baseline: the last value drawn at or before the infusion time
 * ({@code ABLFL}, {@code BASE}). Then one record each for the early and late ICAHT grade (EHA/EBMT
 * 2023; {@code ICAHTE}, {@code ICAHTL}). Counts the engine rejects (impossible values, unknown
 * units, no time) are left out, as in the report.
 */
public final class Adlb {
  static final String NAME = "ADLB";

  private Adlb() {}

  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier"),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 1),
        Vars.key(NAME, "PARAMCD", "Parameter Code", 2),
        Vars.text(NAME, "PARAM", "Parameter"),
        Vars.datetimeKey(NAME, "ADTM", "Analysis Date/Time", 3),
        Vars.date(NAME, "ADT", "Analysis Date"),
        Vars.integer(NAME, "ADY", "Analysis Relative Day"),
        Vars.integer(NAME, "INFDY", "Day Relative to Infusion (Day 0)"),
        Vars.decimal(NAME, "AVAL", "Analysis Value"),
        Vars.text(NAME, "AVALC", "Analysis Value (C)"),
        Vars.text(NAME, "AVALU", "Analysis Value Unit"),
        Vars.decimal(NAME, "ANRLO", "Analysis Normal Range Lower Limit"),
        Vars.text(NAME, "ABLFL", "Baseline Record Flag"),
        Vars.decimal(NAME, "BASE", "Baseline Value"),
        Vars.text(NAME, "ATOXDSCL", "Analysis Toxicity Description Low"),
        Vars.text(NAME, "ATOXGR", "Analysis Toxicity Grade"),
        Vars.text(NAME, "GRSYS", "Grading System"));
  }

  /** The dataset of an analysis input and the subjects' counts. */
  public static Dataset of(AnalysisInput input, Map<String, AdamSource> sources) {
    return dataset(Vars.eachSubject(input, sources, Adlb::rows));
  }

  /** The dataset of these rows (of {@link #rows}, of one or more subjects). */
  public static Dataset dataset(List<List<Object>> rows) {
    return Vars.dataset(NAME, "Laboratory Analysis Dataset", variables(), rows);
  }

  /** One subject's rows: each graded count, then the early and late ICAHT grades. */
  public static List<List<Object>> rows(String studyId, AnalysisSubject s, AdamSource src) {
    List<List<Object>> rows = new ArrayList<>();
    if (src.counts() == null || src.hematotoxicity() == null) {
      return rows;
    }
    LocalDate start = s.first(JourneyEvent.Infusion.class);
    if (start == null && src.counts().infusion() != null) {
      start = src.counts().infusion().toLocalDate();
    }
    List<Value> values = values(src.counts(), src.hematotoxicity());
    for (LabTest t : LabTest.values()) {
      List<Value> param =
          values.stream()
              .filter(v -> v.grade().test() == t)
              .sorted(Comparator.comparing(Value::time))
              .toList();
      Value base = baseline(param, src.counts().infusion());
      for (Value v : param) {
        LabGrade g = v.grade();
        LocalDate d = v.time().toLocalDate();
        rows.add(
            Arrays.asList(
                studyId,
                Adsl.usubjid(studyId, s),
                t.name(),
                param(t),
                Vars.isoDateTime(v.time()),
                Vars.iso(d),
                Vars.studyDay(start, d),
                Vars.dayFromInfusion(start, d),
                g.value(),
                null,
                t.unit(),
                g.lln(),
                v == base ? "Y" : null,
                base == null ? null : base.grade().value(),
                t.term(),
                g.grade() == null ? null : g.grade().toString(),
                g.system().label()));
      }
    }
    Hematotoxicity h = src.hematotoxicity();
    rows.add(icaht(studyId, s, "ICAHTE", "Early ICAHT Grade (Days 0-30)", h.early().grade()));
    rows.add(icaht(studyId, s, "ICAHTL", "Late ICAHT Grade (After Day 30)", h.late().grade()));
    return rows;
  }

  /** A graded count and when it was drawn. */
  private record Value(LocalDateTime time, LabGrade grade) {}

  /**
   * The engine's graded counts (at or after the infusion) and the counts drawn before the infusion,
   * which the engine does not assess, graded by the same CTCAE 5.0 rule.
   */
  private static List<Value> values(CountsInput in, Hematotoxicity h) {
    Map<Integer, Hematotoxicity.CountGrade> graded = new HashMap<>();
    for (Hematotoxicity.CountGrade g : h.counts()) {
      graded.put(g.index(), g);
    }
    List<Value> out = new ArrayList<>();
    List<CountObservation> counts = in.counts() == null ? List.of() : in.counts();
    for (int i = 0; i < counts.size(); i++) {
      CountObservation c = counts.get(i);
      Hematotoxicity.CountGrade g = graded.get(i);
      if (g != null) {
        out.add(new Value(g.time(), g.grade()));
      } else if (c != null
          && c.time() != null
          && in.infusion() != null
          && c.time().isBefore(in.infusion())) {
        LabGrade pre = preInfusion(c);
        if (pre != null) {
          out.add(new Value(c.time(), pre));
        }
      }
    }
    return out;
  }

  /** The CTCAE grade of a count drawn before the infusion, or null when it cannot be used. */
  private static LabGrade preInfusion(CountObservation c) {
    if (c.value() == null || !Double.isFinite(c.value()) || c.value() < 0) {
      return null;
    }
    try {
      LabTest test = Choices.parse(LabTest.class, c.test(), "test");
      BigDecimal value = LabUnits.toCanonical(test, BigDecimal.valueOf(c.value()), c.unit());
      BigDecimal lln =
          c.lln() == null
              ? null
              : LabUnits.toCanonical(test, BigDecimal.valueOf(c.lln()), c.unit());
      return CtcaeLabGrader.grade(test, value, lln);
    } catch (CelltrialException e) {
      return null;
    }
  }

  /** The last value drawn at or before the infusion time, or null. */
  private static Value baseline(List<Value> param, LocalDateTime infusion) {
    Value base = null;
    for (Value v : param) {
      if (infusion != null && !v.time().isAfter(infusion)) {
        base = v;
      }
    }
    return base;
  }

  private static List<Object> icaht(
      String studyId, AnalysisSubject s, String paramcd, String param, Integer grade) {
    return Arrays.asList(
        studyId,
        Adsl.usubjid(studyId, s),
        paramcd,
        param,
        null,
        null,
        null,
        null,
        grade == null ? null : BigDecimal.valueOf(grade),
        grade == null ? null : grade.toString(),
        null,
        null,
        null,
        null,
        null,
        null,
        "EHA/EBMT 2023");
  }

  static String param(LabTest t) {
    return switch (t) {
      case ANC -> "Neutrophils (10^9/L)";
      case PLT -> "Platelets (10^9/L)";
      case HGB -> "Hemoglobin (g/dL)";
      case ALC -> "Lymphocytes (10^9/L)";
      case WBC -> "Leukocytes (10^9/L)";
    };
  }
}
