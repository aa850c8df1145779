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
    boolean anyIrc =
        sources.values().stream().anyMatch(s -> !s.irc().isEmpty() || s.ircBor() != null);
    String criterion = criterion(input);
    List<List<Object>> rows = new ArrayList<>();
    for (AnalysisSubject s : input.subjects()) {
      AdamSource src = Adsl.source(sources, s);
      if (!s.infused() && src.investigator().isEmpty()) {
        continue;
      }
      LocalDate start = s.first(JourneyEvent.Infusion.class);
      Rows r = new Rows(input, s, start, cutoff(s), rows);
      r.assessments(INVESTIGATOR, src.investigator());
      if (s.infused()) {
        r.bor(INVESTIGATOR, s.bor(), criterion);
      }
      if (anyIrc) {
        r.assessments(IRC, src.irc());
        if (s.infused()) {
          r.bor(IRC, src.ircBor(), criterion);
        }
      }
    }
    return Vars.dataset(NAME, "Response Analysis Dataset", variables(), rows);
  }

  /** The criterion of the study's indication. */
  static String criterion(AnalysisInput input) {
    return switch (input.indication()) {
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
      AnalysisInput input,
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
              input.studyId(),
              Adsl.usubjid(input, s),
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
