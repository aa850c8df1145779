package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.journey.JourneyEvent;

/**
 * ADSL, the subject-level analysis dataset: one record per subject in the study files, in input
 * order. Analysis-set flags (ICH E9, docs/cdisc.md): ENRLFL = ITTFL the enrolled set (ITT), APHFL
 * leukapheresed, INFFL = SAFFL = MITTFL the infused set (mITT, safety), DLTEVLFL the DLT-evaluable
 * set ({@link SubjectSets#dltEvaluable}), EFFFL the response-evaluable set ({@link
 * SubjectSets#efficacyEvaluable}); BRIDGFL / BRIDGSTR the bridging stratum of G-BR-3.
 */
public final class Adsl {
  static final String NAME = "ADSL";

  private Adsl() {}

  /** The variables, in order. */
  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier"),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 1),
        Vars.text(NAME, "SUBJID", "Subject Identifier for the Study"),
        Vars.integer(NAME, "AGE", "Age"),
        Vars.text(NAME, "AGEU", "Age Units"),
        Vars.text(NAME, "AGEGR1", "Pooled Age Group 1"),
        Vars.text(NAME, "SEX", "Sex"),
        Vars.text(NAME, "TRT01A", "Actual Treatment for Period 01"),
        Vars.integer(NAME, "TRT01AN", "Actual Treatment for Period 01 (N)"),
        Vars.text(NAME, "ENRLFL", "Enrolled Population Flag"),
        Vars.text(NAME, "ITTFL", "Intent-To-Treat Population Flag"),
        Vars.text(NAME, "APHFL", "Leukapheresed Population Flag"),
        Vars.text(NAME, "INFFL", "Infused Population Flag"),
        Vars.text(NAME, "SAFFL", "Safety Population Flag"),
        Vars.text(NAME, "MITTFL", "Modified Intent-To-Treat Population Flag"),
        Vars.text(NAME, "DLTEVLFL", "DLT Evaluable Population Flag"),
        Vars.text(NAME, "EFFFL", "Efficacy Population Flag"),
        Vars.text(NAME, "BRIDGFL", "Bridging Therapy Flag"),
        Vars.text(NAME, "BRIDGSTR", "Bridging Therapy Stratum"),
        Vars.date(NAME, "ENRLDT", "Date of Enrollment"),
        Vars.date(NAME, "APHDT", "Date of Leukapheresis"),
        Vars.date(NAME, "LDSTDT", "Start Date of Lymphodepletion"),
        Vars.date(NAME, "LDENDT", "End Date of Lymphodepletion"),
        Vars.date(NAME, "TRTSDT", "Date of First Exposure to Treatment"),
        Vars.date(NAME, "DTHDT", "Date of Death"),
        Vars.text(NAME, "DTHFL", "Subject Death Flag"),
        Vars.text(NAME, "BOR", "Best Overall Response"));
  }

  /** The dataset of an analysis input and the subjects' response records (for EFFFL). */
  public static Dataset of(AnalysisInput input, Map<String, AdamSource> sources) {
    List<List<Object>> rows = new ArrayList<>();
    for (AnalysisSubject s : input.subjects()) {
      rows.add(row(input, s, efficacyEvaluable(s, source(sources, s))));
    }
    return dataset(rows);
  }

  /** The dataset of these rows (of {@link #row}, of one or more subjects). */
  public static Dataset dataset(List<List<Object>> rows) {
    return Vars.dataset(NAME, "Subject-Level Analysis Dataset", variables(), rows);
  }

  /**
   * Whether the subject is efficacy-evaluable ({@code EFFFL}): infused, and assessed after the
   * infusion or dead.
   */
  public static boolean efficacyEvaluable(AnalysisSubject s, AdamSource source) {
    return SubjectSets.efficacyEvaluable(s, source);
  }

  /** One subject's row; {@code efficacyEvaluable} from {@link #efficacyEvaluable}. */
  public static List<Object> row(
      AnalysisInput input, AnalysisSubject s, boolean efficacyEvaluable) {
    boolean infused = s.infused();
    LocalDate death = s.first(JourneyEvent.Death.class);
    String inf = Vars.yn(infused);
    String dlt = SubjectSets.dltEvaluable(input, s);
    JourneyEvent.Lymphodepletion ld = lymphodepletion(s);
    return Arrays.asList(
        input.studyId(),
        usubjid(input.studyId(), s),
        s.id(),
        s.age() == null ? null : Long.valueOf(s.age()),
        s.age() == null ? null : "YEARS",
        SubjectSets.ageGroup(s.age()),
        s.sex(),
        infused ? SubjectSets.treatment(s) : null,
        infused ? SubjectSets.treatmentNumber(input, s) : null,
        Vars.yn(s.enrolled()),
        Vars.yn(s.enrolled()),
        Vars.yn(s.has(JourneyEvent.Leukapheresis.class)),
        inf,
        inf,
        inf,
        dlt,
        Vars.yn(efficacyEvaluable),
        infused ? Vars.yn(s.bridged()) : null,
        infused ? (s.bridged() ? "BRIDGED" : "NOT BRIDGED") : null,
        Vars.iso(s.first(JourneyEvent.Enrolment.class)),
        Vars.iso(s.first(JourneyEvent.Leukapheresis.class)),
        ld == null ? null : Vars.iso(ld.start()),
        ld == null ? null : Vars.iso(ld.end()),
        Vars.iso(s.first(JourneyEvent.Infusion.class)),
        Vars.iso(death),
        death == null ? null : "Y",
        s.bor() == null ? null : s.bor().best().label());
  }

  /** {@code USUBJID}: study identifier and subject identifier joined by a hyphen. */
  static String usubjid(String studyId, AnalysisSubject s) {
    return studyId + "-" + s.id();
  }

  /** The subject's records, {@link AdamSource#NONE} when none were read. */
  static AdamSource source(Map<String, AdamSource> sources, AnalysisSubject s) {
    return sources.getOrDefault(s.id(), AdamSource.NONE);
  }

  /** The latest lymphodepletion course of the journey (a repeated course replaces the first). */
  private static JourneyEvent.Lymphodepletion lymphodepletion(AnalysisSubject s) {
    JourneyEvent.Lymphodepletion last = null;
    for (JourneyEvent e : s.journey()) {
      if (e instanceof JourneyEvent.Lymphodepletion l
          && (last == null || !l.start().isBefore(last.start()))) {
        last = l;
      }
    }
    return last;
  }
}
