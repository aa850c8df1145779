package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.cdisc.Variable;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.GradedInfection;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.InfectionGrader;

/**
 * ADAE, the adverse-event analysis dataset (ADaM OCCDS): per subject, in file order, the CRS then
 * ICANS episodes of the grading files (ASTCT 2019 grade, onset, end, duration, tocilizumab and
 * corticosteroid doses; G-SAF-1, G-SAF-3), then the subject file's {@code adverseEvents} (CTCAE
 * 5.0, or ASTCT 2019 for CRS/ICANS kinds) and {@code infections} (graded by {@link
 * InfectionGrader}, G-SAF-1). {@code AEDECOD} is the term as given: no MedDRA coding is done.
 */
public final class Adae {
  static final String NAME = "ADAE";
  private static final String CRS = "Cytokine release syndrome";
  private static final String ICANS = "Immune effector cell-associated neurotoxicity syndrome";

  private Adae() {}

  static List<Variable> variables() {
    return List.of(
        Vars.text(NAME, "STUDYID", "Study Identifier"),
        Vars.key(NAME, "USUBJID", "Unique Subject Identifier", 1),
        Vars.integerKey(NAME, "AESEQ", "Sequence Number", 2),
        Vars.text(NAME, "AECAT", "Category for Adverse Event"),
        Vars.text(NAME, "AETERM", "Reported Term for the Adverse Event"),
        Vars.text(NAME, "AEDECOD", "Dictionary-Derived Term"),
        Vars.datetime(NAME, "ASTDTM", "Analysis Start Date/Time"),
        Vars.date(NAME, "ASTDT", "Analysis Start Date"),
        Vars.datetime(NAME, "AENDTM", "Analysis End Date/Time"),
        Vars.date(NAME, "AENDT", "Analysis End Date"),
        Vars.integer(NAME, "ASTDY", "Analysis Start Relative Day"),
        Vars.integer(NAME, "AENDY", "Analysis End Relative Day"),
        Vars.integer(NAME, "ASTINFDY", "Start Day Relative to Infusion (Day 0)"),
        Vars.integer(NAME, "ADURN", "Analysis Duration (N)"),
        Vars.text(NAME, "ADURU", "Analysis Duration Units"),
        Vars.text(NAME, "ONGOFL", "Ongoing at Last Observation Flag"),
        Vars.text(NAME, "GRSYS", "Grading System"),
        Vars.text(NAME, "ASTCTGR", "ASTCT 2019 Consensus Grade"),
        Vars.text(NAME, "AETOXGR", "Standard Toxicity Grade"),
        Vars.text(NAME, "TRTEMFL", "Treatment Emergent Analysis Flag"),
        Vars.text(NAME, "AESER", "Serious Event"),
        Vars.text(NAME, "TOCIFL", "Tocilizumab Given Flag"),
        Vars.integer(NAME, "TOCIDOSE", "Number of Tocilizumab Doses"),
        Vars.text(NAME, "CORTFL", "Corticosteroids Given Flag"),
        Vars.integer(NAME, "CORTDOSE", "Number of Corticosteroid Doses"),
        Vars.integer(NAME, "ACYTDOSE", "Number of Other Anti-Cytokine Doses"));
  }

  /** The dataset of an analysis input and the subjects' grading records. */
  public static Dataset of(AnalysisInput input, Map<String, AdamSource> sources) {
    return dataset(Vars.eachSubject(input, sources, Adae::rows));
  }

  /** The dataset of these rows (of {@link #rows}, of one or more subjects). */
  public static Dataset dataset(List<List<Object>> rows) {
    return Vars.dataset(NAME, "Adverse Events Analysis Dataset", variables(), rows);
  }

  /** One subject's rows: the CRS and ICANS episodes, the adverse events, the infections. */
  public static List<List<Object>> rows(String studyId, AnalysisSubject s, AdamSource src) {
    List<List<Object>> rows = new ArrayList<>();
    Rows r = new Rows(studyId, s, s.first(JourneyEvent.Infusion.class), rows, new long[1]);
    r.episodes("CRS EPISODE", CRS, src.crs());
    r.episodes("ICANS EPISODE", ICANS, src.icans());
    if (s.source() != null) {
      for (ToxicityEvent e : s.source().adverseEvents()) {
        r.event(e);
      }
      r.infections(s.source().infections());
    }
    return rows;
  }

  /** The rows of one subject; {@code seq[0]} counts AESEQ. */
  private record Rows(
      String studyId, AnalysisSubject s, LocalDate infusion, List<List<Object>> out, long[] seq) {
    void episodes(String cat, String term, TimelineResult t) {
      if (t == null) {
        return;
      }
      for (Episode e : t.episodes()) {
        Grade g = new Grade(GradingSystem.ASTCT_2019, e.maxGrade());
        Management m =
            new Management(
                e.tocilizumabDoses(), e.corticosteroidDoses(), e.otherAntiCytokineDoses());
        add(
            cat,
            term,
            e.onset(),
            null,
            e.lastGraded(),
            null,
            e.durationDays(),
            e.ongoing(),
            g,
            null,
            m);
      }
    }

    void event(ToxicityEvent e) {
      boolean astct = e.kind() == ToxicityKind.CRS || e.kind() == ToxicityKind.ICANS;
      Grade g = new Grade(astct ? GradingSystem.ASTCT_2019 : GradingSystem.CTCAE_5_0, e.grade());
      Long duration =
          e.onset() == null || e.end() == null
              ? null
              : ChronoUnit.DAYS.between(e.onset().toLocalDate(), e.end().toLocalDate()) + 1;
      add(
          "ADVERSE EVENT",
          e.term(),
          e.onset(),
          null,
          e.end(),
          null,
          duration,
          e.end() == null,
          g,
          null,
          null);
    }

    void infections(List<Infection> list) {
      List<GradedInfection> graded =
          infusion == null || list.isEmpty()
              ? List.of()
              : InfectionGrader.grade(list, infusion, InfectionGrader.EARLY_LAST_DAY);
      for (int i = 0; i < list.size(); i++) {
        Infection f = list.get(i);
        Grade g =
            graded.isEmpty() ? null : new Grade(graded.get(i).system(), graded.get(i).grade());
        String serious = f.fatal() || f.lifeThreatening() ? "Y" : null;
        add("INFECTION", f.term(), null, f.onset(), null, null, null, false, g, serious, null);
      }
    }

    private void add(
        String cat,
        String term,
        LocalDateTime start,
        LocalDate startDate,
        LocalDateTime end,
        LocalDate endDate,
        Long duration,
        boolean ongoing,
        Grade g,
        String serious,
        Management m) {
      LocalDate st = start != null ? start.toLocalDate() : startDate;
      LocalDate en = end != null && !ongoing ? end.toLocalDate() : endDate;
      boolean astct = g != null && g.system() == GradingSystem.ASTCT_2019;
      String grade = g == null ? null : Integer.toString(g.grade());
      out.add(
          Arrays.asList(
              studyId,
              Adsl.usubjid(studyId, s),
              ++seq[0],
              cat,
              term,
              term,
              Vars.isoDateTime(start),
              Vars.iso(st),
              ongoing ? null : Vars.isoDateTime(end),
              Vars.iso(en),
              Vars.studyDay(infusion, st),
              Vars.studyDay(infusion, en),
              Vars.dayFromInfusion(infusion, st),
              ongoing ? null : duration,
              ongoing || duration == null ? null : "DAYS",
              ongoing ? "Y" : null,
              g == null ? null : g.system().label(),
              astct ? grade : null,
              astct ? null : grade,
              infusion != null && st != null && !st.isBefore(infusion) ? "Y" : null,
              serious,
              m == null ? null : Vars.yn(m.tocilizumab() > 0),
              m == null ? null : (long) m.tocilizumab(),
              m == null ? null : Vars.yn(m.corticosteroids() > 0),
              m == null ? null : (long) m.corticosteroids(),
              m == null ? null : (long) m.otherAntiCytokine()));
    }
  }

  private record Grade(GradingSystem system, int grade) {}

  private record Management(int tocilizumab, int corticosteroids, int otherAntiCytokine) {}
}
