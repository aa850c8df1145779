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
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.all.AllResponse;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.imwg.ImwgRules;
import org.celltrial.clinical.response.lugano.LuganoPet;
import org.celltrial.design.controls.Indication;

/**
 * ADRS, the response analysis dataset (ADaM Oncology BDS): per subject, in file order, the
 * investigator's records then the IRC's (G-EP-10); for each evaluator the per-assessment overall
 * response ({@code OVRLRESP}, every assessment of the response file in date order) and the best
 * overall response ({@code BOR}, G-EP-2, one record per infused subject — {@code NE} without an
 * assessment, as the report's BOR table counts it). IRC records exist only when some subject has
 * IRC reads. {@code AVAL} is the rank of {@link Category} (1 = sCR … 11 = NE, best first).
 */
public final class Adrs {
  static final String NAME = "ADRS";
  static final String INVESTIGATOR = "INVESTIGATOR";
  static final String IRC = "INDEPENDENT ASSESSOR";

  private Adrs() {}

  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier"),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 1),
        Vars.key(NAME, "PARAMCD", "Parameter Code", 2),
        Vars.text(NAME, "PARAM", "Parameter"),
        Vars.text(NAME, "PARCAT1", "Parameter Category 1"),
        Vars.key(NAME, "RSEVAL", "Evaluator", 3),
        Vars.dateKey(NAME, "ADT", "Analysis Date", 4),
        Vars.integer(NAME, "ADY", "Analysis Relative Day"),
        Vars.integer(NAME, "INFDY", "Day Relative to Infusion (Day 0)"),
        Vars.text(NAME, "AVALC", "Analysis Value (C)"),
        Vars.integer(NAME, "AVAL", "Analysis Value"),
        Vars.text(NAME, "ANL01FL", "Analysis Flag 01"));
  }

  /** The dataset of an analysis input and the subjects' response records. */
  public static Dataset of(AnalysisInput input, Map<String, AdamSource> sources) {
    String criterion = criterion(input.indication());
    List<SubjectRows> subjects = new ArrayList<>();
    boolean anyIrc = false;
    for (AnalysisSubject s : input.subjects()) {
      SubjectRows r = rows(input.studyId(), criterion, s, Adsl.source(sources, s));
      subjects.add(r);
      anyIrc |= r.irc();
    }
    List<List<Object>> rows = new ArrayList<>();
    for (SubjectRows r : subjects) {
      rows.addAll(r.rows());
      if (anyIrc) {
        rows.addAll(r.ifIrc());
      }
    }
    return dataset(rows);
  }

  /** The dataset of these rows (of {@link #rows}, of one or more subjects). */
  public static Dataset dataset(List<List<Object>> rows) {
    return Vars.dataset(NAME, "Response Analysis Dataset", variables(), rows);
  }

  /**
   * One subject's rows. The IRC's best response is reported for every infused subject once the
   * study has any IRC read (not evaluable for a subject the IRC did not read), and not at all in a
   * study without IRC, which only the whole study tells: a subject without IRC reads gives that row
   * apart.
   *
   * @param rows the rows of the subject whatever the study
   * @param ifIrc the rows that follow them when the study has IRC reads
   * @param irc whether the subject has IRC reads (then the study has)
   */
  public record SubjectRows(List<List<Object>> rows, List<List<Object>> ifIrc, boolean irc) {}

  /** One subject's rows under the indication's criterion ({@link #criterion(Indication)}). */
  public static SubjectRows rows(
      String studyId, String criterion, AnalysisSubject s, AdamSource src) {
    List<List<Object>> rows = new ArrayList<>();
    List<List<Object>> ifIrc = new ArrayList<>();
    boolean irc = !src.irc().isEmpty() || src.ircBor() != null;
    if (!s.infused() && src.investigator().isEmpty()) {
      return new SubjectRows(rows, ifIrc, irc);
    }
    LocalDate start = s.first(JourneyEvent.Infusion.class);
    Rows r = new Rows(studyId, s, start, cutoff(s), rows);
    r.assessments(INVESTIGATOR, src.investigator());
    if (s.infused()) {
      r.bor(INVESTIGATOR, s.bor(), criterion);
    }
    Rows i = irc ? r : new Rows(studyId, s, start, cutoff(s), ifIrc);
    i.assessments(IRC, src.irc());
    if (s.infused()) {
      i.bor(IRC, src.ircBor(), criterion);
    }
    return new SubjectRows(rows, ifIrc, irc);
  }

  /** The criterion of the study's indication. */
  public static String criterion(Indication indication) {
    return switch (indication) {
      case LBCL -> LuganoPet.CRITERION;
      case MM -> ImwgRules.CRITERION;
      case B_ALL -> AllResponse.CRITERION;
    };
  }

  /** First new anticancer therapy or HSCT: later assessments do not count toward the BOR. */
  private static LocalDate cutoff(AnalysisSubject s) {
    if (!BorRules.DEFAULT.excludeAfterNewTherapy()) {
      return null;
    }
    LocalDate hsct = s.first(JourneyEvent.Hsct.class);
    LocalDate next = s.first(JourneyEvent.NewTherapy.class);
    if (hsct == null) {
      return next;
    }
    return next == null || hsct.isBefore(next) ? hsct : next;
  }

  /** The rows of one subject. */
  private record Rows(
      String studyId,
      AnalysisSubject s,
      LocalDate start,
      LocalDate cutoff,
      List<List<Object>> out) {
    void assessments(String evaluator, List<AdamSource.Response> list) {
      for (AdamSource.Response r : list) {
        boolean used =
            start != null
                && r.date().isAfter(start)
                && (cutoff == null || r.date().isBefore(cutoff));
        add("OVRLRESP", "Overall Response", r.criterion(), evaluator, r.date(), r.category(), used);
      }
    }

    void bor(String evaluator, BorResult bor, String criterion) {
      Category best = bor == null ? Category.NE : bor.best();
      LocalDate date = bor == null ? null : bor.date();
      add("BOR", "Best Overall Response", criterion, evaluator, date, best, true);
    }

    private void add(
        String paramcd,
        String param,
        String criterion,
        String evaluator,
        LocalDate date,
        Category c,
        boolean anl01) {
      out.add(
          Arrays.asList(
              studyId,
              Adsl.usubjid(studyId, s),
              paramcd,
              param,
              criterion,
              evaluator,
              Vars.iso(date),
              Vars.studyDay(start, date),
              Vars.dayFromInfusion(start, date),
              c.label(),
              (long) (c.ordinal() + 1),
              anl01 ? "Y" : null));
    }
  }
}
