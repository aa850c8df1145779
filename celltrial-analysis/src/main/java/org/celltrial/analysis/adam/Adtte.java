package org.celltrial.analysis.adam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.TteRecord;

/**
 * ADTTE, the time-to-event analysis dataset: one record per infused subject and parameter (OS; PFS,
 * or EFS for B-ALL; DOR for responders; by the independent review committee, G-EP-10, PFSIRC or
 * EFSIRC for the subjects it read and DORIRC for its responders), from exactly the observations of
 * the report's Kaplan–Meier table ({@link TteRecord#of}). {@code AVAL = ADT − STARTDT} in days, the
 * report's time (its months are {@code AVAL / 30.4375}): unlike admiral's ADTTE template, which
 * derives {@code AVAL} with {@code derive_vars_duration} and its default {@code add_one = TRUE}, no
 * day is added, so that a reviewer's Kaplan–Meier fit on ADTTE gives the report's numbers. As
 * {@code derive_param_tte} does, an event or censoring date before the origin becomes the origin
 * ({@code ADT = STARTDT}, {@code AVAL = 0}). {@code CNSR} 0 = event, 1 = censored; {@code EVNTDESC}
 * says why the record ends (event or censoring, as admiral's {@code event_source} / {@code
 * censor_source} set it), {@code CNSDTDSC} the censoring date's description on censored records
 * only.
 */
public final class Adtte {
  static final String NAME = "ADTTE";

  private Adtte() {}

  /** The variables, in order. */
  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier"),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 1),
        Vars.key(NAME, "PARAMCD", "Parameter Code", 2),
        Vars.text(NAME, "PARAM", "Parameter"),
        Vars.date(NAME, "STARTDT", "Time-to-Event Origin Date for Subject"),
        Vars.date(NAME, "ADT", "Analysis Date"),
        Vars.integer(NAME, "AVAL", "Analysis Value"),
        Vars.text(NAME, "AVALU", "Analysis Value Unit"),
        Vars.integer(NAME, "CNSR", "Censor"),
        Vars.text(NAME, "EVNTDESC", "Event or Censoring Description"),
        Vars.text(NAME, "CNSDTDSC", "Censor Date Description"));
  }

  /** The dataset of an analysis input. */
  public static Dataset of(AnalysisInput input) {
    return dataset(rows(input.studyId(), TteRecord.of(input)));
  }

  /** The dataset of these rows (of {@link #rows}). */
  public static Dataset dataset(List<List<Object>> rows) {
    return Vars.dataset(NAME, "Time-to-Event Analysis Dataset", variables(), rows);
  }

  /** The rows of these observations ({@link TteRecord#of}), one each, in their order. */
  public static List<List<Object>> rows(String studyId, List<TteRecord> records) {
    List<List<Object>> rows = new ArrayList<>();
    for (TteRecord r : records) {
      String why = description(r.reason());
      rows.add(
          Arrays.asList(
              studyId,
              Adsl.usubjid(studyId, r.subject()),
              r.endpoint(),
              param(r.endpoint()),
              Vars.iso(r.start()),
              Vars.iso(r.end().isBefore(r.start()) ? r.start() : r.end()),
              r.days(),
              "DAYS",
              r.event() ? 0L : 1L,
              why,
              r.event() ? null : why));
    }
    return rows;
  }

  static String param(String paramcd) {
    return switch (paramcd) {
      case "OS" -> "Overall Survival (Days)";
      case "PFS" -> "Progression-Free Survival (Days)";
      case "EFS" -> "Event-Free Survival (Days)";
      case "PFSIRC" -> "Progression-Free Survival by IRC (Days)";
      case "EFSIRC" -> "Event-Free Survival by IRC (Days)";
      case "DORIRC" -> "Duration of Response by IRC (Days)";
      default -> "Duration of Response (Days)";
    };
  }

  static String description(TteRecord.Reason reason) {
    return switch (reason) {
      case DEATH -> "DEATH";
      case PROGRESSION -> "DISEASE PROGRESSION OR RELAPSE";
      case NO_REMISSION -> "TREATMENT FAILURE: NO REMISSION";
      case LAST_ALIVE -> "LAST DATE KNOWN ALIVE";
      case CUTOFF -> "DATA CUT-OFF";
      case LAST_ASSESSMENT -> "LAST ADEQUATE ASSESSMENT BY IRC";
      case NO_ASSESSMENT -> "NO ADEQUATE ASSESSMENT BY IRC";
    };
  }
}
