package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.journey.JourneyEvent;

/**
 * ADSL, the subject-level analysis dataset: one record per subject in the study files, in input
 * order. Analysis-set flags are those of the report (ICH E9): ENRLFL the enrolled set (ITT), APHFL
 * leukapheresed, INFFL the infused set (mITT), EFFFL the efficacy set, which the engine takes to be
 * the infused set (a subject without an assessment counts as a non-responder); BRIDGSTR the
 * bridging stratum of G-BR-3 among the infused.
 */
public final class Adsl {
  static final String NAME = "ADSL";

  private Adsl() {}

  /** The variables, in order. */
  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier", 40),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 80, 1),
        Vars.integer(NAME, "AGE", "Age"),
        Vars.text(NAME, "AGEU", "Age Units", 5),
        Vars.text(NAME, "SEX", "Sex", 1),
        Vars.text(NAME, "ENRLFL", "Enrolled Population Flag", 1),
        Vars.text(NAME, "APHFL", "Leukapheresed Population Flag", 1),
        Vars.text(NAME, "INFFL", "Infused Population Flag", 1),
        Vars.text(NAME, "EFFFL", "Efficacy Population Flag", 1),
        Vars.text(NAME, "BRIDGSTR", "Bridging Therapy Stratum", 11),
        Vars.date(NAME, "TRTSDT", "Date of First Exposure to Treatment"),
        Vars.date(NAME, "DTHDT", "Date of Death"),
        Vars.text(NAME, "DTHFL", "Subject Death Flag", 1),
        Vars.text(NAME, "BOR", "Best Overall Response", 8));
  }

  /** The dataset of an analysis input. */
  public static Dataset of(AnalysisInput input) {
    List<List<Object>> rows = new ArrayList<>();
    for (AnalysisSubject s : input.subjects()) {
      boolean infused = s.infused();
      LocalDate death = s.first(JourneyEvent.Death.class);
      rows.add(
          Arrays.asList(
              input.studyId(),
              usubjid(input, s),
              s.age() == null ? null : Long.valueOf(s.age()),
              s.age() == null ? null : "YEARS",
              s.sex(),
              Vars.yn(s.enrolled()),
              Vars.yn(s.has(JourneyEvent.Leukapheresis.class)),
              Vars.yn(infused),
              Vars.yn(infused),
              infused ? (s.bridged() ? "BRIDGED" : "NOT BRIDGED") : null,
              Vars.iso(s.first(JourneyEvent.Infusion.class)),
              Vars.iso(death),
              death == null ? null : "Y",
              s.bor() == null ? null : s.bor().best().label()));
    }
    return new Dataset(NAME, "Subject-Level Analysis Dataset", "IG." + NAME, variables(), rows);
  }

  /** {@code USUBJID}: study identifier and subject identifier joined by a hyphen. */
  static String usubjid(AnalysisInput input, AnalysisSubject s) {
    return input.studyId() + "-" + s.id();
  }
}
