package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.tls.TlsAnalyte;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsLab;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.Management;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.safety.malignancy.IncidenceRate;
import org.celltrial.clinical.safety.malignancy.Lineage;
import org.celltrial.clinical.safety.malignancy.LinkTest;
import org.celltrial.clinical.safety.malignancy.Malignancy;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.dose.Boin;
import org.celltrial.design.dose.Decision;
import org.celltrial.design.dose.ThreePlusThree;
import org.junit.jupiter.api.Test;

/**
 * A hand-built dose-finding study: DL1 = A, B, C infused on days 0, 1, 2; DL2 = D, E, F on days 10,
 * 11, 12 (day 0 = 2024-01-01); G enrolled, never infused. Cut-off day 365 (2024-12-31).
 *
 * <pre>
 *      CRS (grade, onset, days, toci, steroid)  ICANS            ICAHT  death
 *   A  1, 2, 3, -, -                            0                1      -
 *   B  2, 1, 5, toci                            1, 4, 2, steroid 3      -
 *   C  0                                        0                0      day 200 disease progression
 *   D  4, 3, 7, toci, steroid                   3, 5, 6, steroid 4      day 40 infection
 *   E  3, 2, 4, toci, steroid                   0                2      -
 *   F  1, 4, 2                                  0                none   -
 * </pre>
 *
 * Adverse events: D CRS grade 4 day 3 10:00 to day 5 10:00 (DLT CRS-G4); E ICANS grade 3 for 48 h
 * (not a DLT: the rule needs more than 72 h); A TLS grade 3; F hypogammaglobulinemia grade 2.
 * Infections (days after the subject's infusion): B bacterial, intravenous, day 10 (grade 3,
 * early); D fatal bacterial sepsis day 25 (grade 5, early); E viral oral day 50 (grade 2, late) and
 * viral local day 5 (grade 1, early). Malignancy: F, T-cell, diagnosed 100 days after infusion,
 * transgene pending, other tests not given. Follow-up visit: A on 2024-07-04.
 */
class SafetyTablesTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
  private static final LocalDate CUTOFF = DAY0.plusDays(365);
  private static final JsonNode REF =
      Reference.json(SafetyTablesTest.class, "safety-incidence-reference.json");

  @Test
  void byDoseLevelEveryCellByHand() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(header(a, "safety-by-dose"))
        .containsExactly("Item", "DL1 (N = 3)", "DL2 (N = 3)", "Overall (N = 6)");
    // CRS: DL1 grades 1 (A), 2 (B), 0 (C); DL2 4 (D), 3 (E), 1 (F).
    assertThat(row(a, "safety-by-dose", "CRS: maximum grade 1"))
        .containsExactly("CRS: maximum grade 1", "1 (33.3)", "1 (33.3)", "2 (33.3)");
    assertThat(row(a, "safety-by-dose", "CRS: maximum grade 2"))
        .containsExactly("CRS: maximum grade 2", "1 (33.3)", "0 (0.0)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "CRS: maximum grade 4"))
        .containsExactly("CRS: maximum grade 4", "0 (0.0)", "1 (33.3)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "CRS: any grade"))
        .containsExactly("CRS: any grade", "2 (66.7)", "3 (100.0)", "5 (83.3)");
    assertThat(row(a, "safety-by-dose", "CRS: grade 3 or higher"))
        .containsExactly("CRS: grade 3 or higher", "0 (0.0)", "2 (66.7)", "2 (33.3)");
    // onsets DL1 {2, 1} -> 1.5; DL2 {3, 2, 4} -> 3; all {1, 2, 2, 3, 4} -> 2.
    assertThat(row(a, "safety-by-dose", "CRS: onset day, median (range)"))
        .containsExactly("CRS: onset day, median (range)", "1.5 (1–2)", "3 (2–4)", "2 (1–4)");
    // durations DL1 {3, 5} -> 4; DL2 {7, 4, 2} -> 4; all {2, 3, 4, 5, 7} -> 4.
    assertThat(row(a, "safety-by-dose", "CRS: duration days, median (range)"))
        .containsExactly("CRS: duration days, median (range)", "4 (3–5)", "4 (2–7)", "4 (2–7)");
    assertThat(row(a, "safety-by-dose", "ICANS: grade 3 or higher"))
        .containsExactly("ICANS: grade 3 or higher", "0 (0.0)", "1 (33.3)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "ICANS: onset day, median (range)"))
        .containsExactly("ICANS: onset day, median (range)", "4 (4–4)", "5 (5–5)", "4.5 (4–5)");
    // tocilizumab B | D, E; corticosteroids (CRS or ICANS) B | D, E.
    assertThat(row(a, "safety-by-dose", "Received tocilizumab (CRS or ICANS)"))
        .containsExactly("Received tocilizumab (CRS or ICANS)", "1 (33.3)", "2 (66.7)", "3 (50.0)");
    assertThat(row(a, "safety-by-dose", "Received corticosteroids (CRS or ICANS)"))
        .containsExactly(
            "Received corticosteroids (CRS or ICANS)", "1 (33.3)", "2 (66.7)", "3 (50.0)");
    // ICAHT: D grade 4; F has no counts file (graded 3 | 2 | 5).
    assertThat(row(a, "safety-by-dose", "Early ICAHT: maximum grade 4"))
        .containsExactly("Early ICAHT: maximum grade 4", "0 (0.0)", "1 (33.3)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "Early ICAHT: subjects graded"))
        .containsExactly("Early ICAHT: subjects graded", "3", "2", "5");
    assertThat(row(a, "safety-by-dose", "Deaths, all causes"))
        .containsExactly("Deaths, all causes", "1 (33.3)", "1 (33.3)", "2 (33.3)");
    assertThat(row(a, "safety-by-dose", "Death: disease progression"))
        .containsExactly("Death: disease progression", "1 (33.3)", "0 (0.0)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "Death: infection"))
        .containsExactly("Death: infection", "0 (0.0)", "1 (33.3)", "1 (16.7)");
    assertThat(row(a, "safety-by-dose", "Non-relapse deaths (all causes but progression)"))
        .containsExactly(
            "Non-relapse deaths (all causes but progression)", "0 (0.0)", "1 (33.3)", "1 (16.7)");
  }

  @Test
  void escalationHistoryAndTheDesignModuleAgree() {
    StudyAnalysis a = StudyAnalysis.of(input());
    List<List<String>> rows = rows(a, "dose-escalation");
    assertThat(rows).hasSize(2);
    // DL1: 0 DLT in 3 evaluable. 3+3: escalate. BOIN phi = 0.3: lambda_e = 0.2364, lambda_d =
    // 0.3585 (Liu & Yuan 2015, Table 1); 0 <= floor(3 x 0.2364) = 0: escalate.
    assertThat(rows.get(0))
        .containsExactly("1", "DL1", "2024-01-01", "3", "3", "0", "0/3", "escalate", "escalate");
    // DL2: D's grade 4 CRS fires CRS-G4. 3+3 at 1/3: stay. BOIN: 1 > 0 and 1 < ceil(3 x 0.3585)
    // = 2: stay (no elimination: P(p > 0.3 | 1/3, beta(1, 1)) = 0.65 < 0.95).
    assertThat(rows.get(1))
        .containsExactly("2", "DL2", "2024-01-11", "3", "3", "1 (CRS-G4)", "1/3", "stay", "stay");
    assertThat(ThreePlusThree.INSTANCE.decide(3, 0)).isEqualTo(Decision.ESCALATE);
    assertThat(ThreePlusThree.INSTANCE.decide(3, 1)).isEqualTo(Decision.STAY);
    assertThat(Boin.of(0.3).table(30).decide(3, 0)).isEqualTo(Decision.ESCALATE);
    assertThat(Boin.of(0.3).table(30).decide(3, 1)).isEqualTo(Decision.STAY);
    assertThat(Boin.of(0.3).lambdaE()).isBetween(0.2363, 0.2365);
    assertThat(Boin.of(0.3).lambdaD()).isBetween(0.3584, 0.3586);
  }

  @Test
  void aSubjectLostBeforeTheEndOfTheWindowIsNotEvaluable() {
    AnalysisInput in = input();
    List<AnalysisSubject> subjects = new ArrayList<>();
    for (AnalysisSubject s : in.subjects()) {
      if (!s.id().equals("C")) {
        subjects.add(s);
        continue;
      }
      // C (infused day 2) lost to follow-up on day 20 = study day 18 < 28, no DLT.
      List<JourneyEvent> j = new ArrayList<>(s.journey());
      j.add(new JourneyEvent.LostToFollowUp(DAY0.plusDays(20)));
      Subject f = s.source();
      Subject lost =
          new Subject(
              f.id(),
              null,
              50,
              null,
              f.diagnosis(),
              null,
              null,
              null,
              null,
              null,
              j,
              f.doseLevel(),
              f.adverseEvents(),
              f.infections(),
              f.malignancies(),
              f.followUpVisits());
      subjects.add(
          new AnalysisSubject(
              s.id(),
              j,
              null,
              null,
              null,
              s.crs(),
              s.icans(),
              s.icahtGrade(),
              50,
              null,
              lost,
              List.of(),
              null,
              List.of(),
              List.of(),
              null,
              s.labs()));
    }
    StudyAnalysis a =
        StudyAnalysis.of(
            new AnalysisInput(
                in.studyId(), in.title(), in.indication(), CUTOFF, subjects, in.study()));
    // 3+3 decides only at 3 or 6 evaluable; BOIN at n = 2: 0 <= floor(2 x 0.2364) = 0: escalate.
    assertThat(rows(a, "dose-escalation").get(0))
        .containsExactly(
            "1", "DL1", "2024-01-01", "3", "2", "0", "0/2", "no decision at this n", "escalate");
    assertThat(ThreePlusThree.INSTANCE.defines(2)).isFalse();
    assertThat(Boin.of(0.3).table(30).decide(2, 0)).isEqualTo(Decision.ESCALATE);
  }

  @Test
  void infectionsByOrganismAndGrade() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(row(a, "infections", "Bacterial"))
        .containsExactly("Bacterial", "2 (33.3)", "2 (33.3)", "2", "2", "0");
    assertThat(row(a, "infections", "Viral"))
        .containsExactly("Viral", "1 (16.7)", "0 (0.0)", "2", "1", "1");
    assertThat(row(a, "infections", "Fungal"))
        .containsExactly("Fungal", "0 (0.0)", "0 (0.0)", "0", "0", "0");
    assertThat(row(a, "infections", "Any organism"))
        .containsExactly("Any organism", "3 (50.0)", "2 (33.3)", "4", "3", "1");
  }

  @Test
  void otherToxicitiesAndCytopenias() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(row(a, "other-toxicities", "Hypogammaglobulinemia (adverse event)"))
        .containsExactly("Hypogammaglobulinemia (adverse event)", "1 (16.7)", "0 (0.0)");
    assertThat(row(a, "other-toxicities", "Tumor lysis syndrome (adverse event)"))
        .containsExactly("Tumor lysis syndrome (adverse event)", "1 (16.7)", "1 (16.7)");
    assertThat(row(a, "other-toxicities", "IEC-HS (adverse event)"))
        .containsExactly("IEC-HS (adverse event)", "0 (0.0)", "0 (0.0)");
    // IgG and cytopenia verdicts for A and B only: A ANC prolonged, PLT late; B neither (ANC not
    // judged).
    assertThat(row(a, "other-toxicities", "Neutropenia grade 3 or higher at day 28 (prolonged)"))
        .containsExactly("Neutropenia grade 3 or higher at day 28 (prolonged)", "-", "1 (50.0)");
    assertThat(row(a, "other-toxicities", "Thrombocytopenia grade 3 or higher after day 90 (late)"))
        .containsExactly("Thrombocytopenia grade 3 or higher after day 90 (late)", "-", "1 (50.0)");
    String severe =
        "Severe hypogammaglobulinemia: IgG <= 400 mg/dL in a sample not within 28 days after IVIG"
            + " (Hill et al. 2019), % of subjects with IgG values";
    assertThat(row(a, "other-toxicities", severe)).containsExactly(severe, "1 (50.0)", "-");
    for (String tls :
        List.of(
            "Laboratory TLS, Cairo-Bishop 2004 (values, % of subjects with TLS values)",
            "Laboratory TLS, Howard 2011 (values, % of subjects with TLS values)",
            "Clinical TLS, Cairo-Bishop grade 1 or higher (values, % of subjects with TLS values)")) {
      assertThat(row(a, "other-toxicities", tls)).containsExactly(tls, "1 (50.0)", "-");
    }
    String ivig = "IVIG given, % of subjects with IgG values";
    assertThat(row(a, "other-toxicities", ivig)).containsExactly(ivig, "1 (50.0)", "-");
    assertThat(row(a, "other-toxicities", "Neutropenia grade 3 or higher after day 90 (late)"))
        .containsExactly("Neutropenia grade 3 or higher after day 90 (late)", "-", "0 (0.0)");
  }

  @Test
  void malignancyRegisterIncidenceAndVisits() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(rows(a, "malignancy-register"))
        .containsExactly(
            List.of(
                "F",
                "PTCL-NOS",
                "T-cell malignancy",
                "100",
                "pending / not tested / not tested",
                "YES: tighten follow-up, inform the sponsor"));
    // days at risk: A 365, B 364, C 198 (death), D 30 (death), E 354, F 100 (malignancy) = 1411.
    assertThat(row(a, "malignancy-incidence", "Person-years at risk"))
        .containsExactly("Person-years at risk", "3.86");
    JsonNode r = REF.get(0);
    assertThat(r.get("name").asText()).isEqualTo("hand-built study");
    IncidenceRate rate = IncidenceRate.of(1, 1411 / 365.25, 0.95);
    assertClose("rate", rate.ratePer100(), r.get("ratePer100"));
    assertClose("lower", rate.lowerPer100(), r.get("lowerPer100"));
    assertClose("upper", rate.upperPer100(), r.get("upperPer100"));
    // R: 25.886 (0.655-144.227)
    assertThat(
            row(a, "malignancy-incidence", "Incidence per 100 person-years (exact Poisson 95% CI)"))
        .containsExactly(
            "Incidence per 100 person-years (exact Poisson 95% CI)", "25.89 (0.66–144.23)");
    // month 6: A done; B, C, E, F overdue (D died before its window); month 12 (window opens
    // 30 days before): due for A, B, E, F; C died before it.
    assertThat(row(a, "malignancy-incidence", "Long-term follow-up visits done"))
        .containsExactly("Long-term follow-up visits done", "1");
    assertThat(row(a, "malignancy-incidence", "Long-term follow-up visits overdue"))
        .containsExactly("Long-term follow-up visits overdue", "4");
    assertThat(row(a, "malignancy-incidence", "Long-term follow-up visits due now"))
        .containsExactly("Long-term follow-up visits due now", "4");
  }

  @Test
  void incidenceMatchesPoissonTestForEveryReferenceCase() {
    for (JsonNode c : REF) {
      IncidenceRate r =
          IncidenceRate.of(c.get("events").asInt(), c.get("personYears").asDouble(), 0.95);
      String what = c.get("name").asText();
      assertClose(what + " rate", r.ratePer100(), c.get("ratePer100"));
      assertClose(what + " lower", r.lowerPer100(), c.get("lowerPer100"));
      assertClose(what + " upper", r.upperPer100(), c.get("upperPer100"));
    }
  }

  @Test
  void exposureAdequacy() {
    StudyAnalysis a = StudyAnalysis.of(input());
    // days to death or cut-off: DL1 365 + 364 + 198 = 927; DL2 30 + 354 + 353 = 737; 1664 / 365.25
    assertThat(row(a, "exposure", "All infused subjects: person-years"))
        .containsExactly("All infused subjects: person-years", "6", "4.56");
    assertThat(row(a, "exposure", "Dose level DL1: person-years"))
        .containsExactly("Dose level DL1: person-years", "3", "2.54");
    assertThat(row(a, "exposure", "Dose level DL2: person-years"))
        .containsExactly("Dose level DL2: person-years", "3", "2.02");
    // 1 - 0.995^6 = 0.02963, 1 - 0.99^6 = 0.05852, 1 - 0.98^6 = 0.11416, 1 - 0.95^6 = 0.26491
    String[][] p = {{"0.5", "3.0"}, {"1.0", "5.9"}, {"2.0", "11.4"}, {"5.0", "26.5"}};
    for (String[] x : p) {
      String label =
          "Probability of observing at least one adverse event of true rate "
              + x[0]
              + "% among 6 subjects";
      assertThat(row(a, "exposure", label)).containsExactly(label, "-", x[1]);
    }
  }

  @Test
  void withoutSubjectFilesSectionsSayNotCollected() {
    List<AnalysisSubject> bare = new ArrayList<>();
    for (AnalysisSubject s : input().subjects()) {
      bare.add(
          new AnalysisSubject(
              s.id(),
              s.journey(),
              null,
              null,
              null,
              s.crs(),
              s.icans(),
              s.icahtGrade(),
              null,
              null,
              null));
    }
    StudyAnalysis a =
        StudyAnalysis.of(
            new AnalysisInput(
                "T", "t", org.celltrial.design.controls.Indication.LBCL, CUTOFF, bare, null));
    assertThat(a.tables().stream().map(ReportTable::id))
        .doesNotContain("safety-by-dose", "dose-escalation");
    assertThat(rows(a, "infections").get(0).get(0)).isEqualTo("not collected");
    assertThat(row(a, "other-toxicities", "Tumor lysis syndrome (adverse event)").get(1))
        .isEqualTo("not collected");
    assertThat(row(a, "other-toxicities", "IVIG given, % of subjects with IgG values").get(1))
        .isEqualTo("not collected");
    assertThat(rows(a, "malignancy-register").get(0).get(0)).isEqualTo("not collected");
    assertThat(rows(a, "malignancy-incidence").get(0).get(0)).isEqualTo("not collected");
    assertThat(rows(a, "infections").get(0).get(0)).isEqualTo("not collected");
    assertThat(render(a, "infections", Lang.ZH).get(0)).isEqualTo("未收集");
  }

  private static List<String> header(StudyAnalysis a, String table) {
    return table(a, table).header().stream().map(m -> m.render(Lang.EN)).toList();
  }

  private static ReportTable table(StudyAnalysis a, String id) {
    return a.tables().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<List<String>> rows(StudyAnalysis a, String id) {
    return table(a, id).rows().stream()
        .map(r -> r.stream().map(m -> m.render(Lang.EN)).toList())
        .toList();
  }

  private static List<String> render(StudyAnalysis a, String id, Lang lang) {
    return table(a, id).rows().get(0).stream().map(m -> m.render(lang)).toList();
  }

  private static List<String> row(StudyAnalysis a, String id, String first) {
    for (List<Message> r : table(a, id).rows()) {
      List<String> cells = r.stream().map(m -> m.render(Lang.EN)).toList();
      if (cells.get(0).equals(first)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + first + " in " + id);
  }

  static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(
        subject(
            "A",
            "DL1",
            0,
            tox(1, 2, 3, false, false),
            tox(0, -1, -1, false, false),
            1,
            null,
            List.of(ae("Tumor lysis syndrome", ToxicityKind.NON_HEMATOLOGIC, 3, 0, 2, 48)),
            List.of(),
            List.of(),
            List.of(LocalDate.of(2024, 7, 4)),
            List.of(
                verdict(LabTest.ANC, Boolean.TRUE, false),
                verdict(LabTest.PLT, Boolean.FALSE, true))));
    s.add(
        subject(
            "B",
            "DL1",
            1,
            tox(2, 1, 5, true, false),
            tox(1, 4, 2, false, true),
            3,
            null,
            List.of(),
            List.of(infection(Organism.BACTERIAL, 1, 10, Management.INTRAVENOUS, false, false)),
            List.of(),
            List.of(),
            List.of(
                verdict(LabTest.ANC, null, false), verdict(LabTest.PLT, Boolean.FALSE, false))));
    s.add(
        subject(
            "C",
            "DL1",
            2,
            tox(0, -1, -1, false, false),
            tox(0, -1, -1, false, false),
            0,
            new JourneyEvent.Death(DAY0.plusDays(200), "disease progression"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null));
    s.add(
        subject(
            "D",
            "DL2",
            10,
            tox(4, 3, 7, true, true),
            tox(3, 5, 6, false, true),
            4,
            new JourneyEvent.Death(DAY0.plusDays(40), "infection"),
            List.of(ae("Cytokine release syndrome", ToxicityKind.CRS, 4, 10, 3, 48)),
            List.of(infection(Organism.BACTERIAL, 10, 25, Management.INTRAVENOUS, true, true)),
            List.of(),
            List.of(),
            null));
    s.add(
        subject(
            "E",
            "DL2",
            11,
            tox(3, 2, 4, true, true),
            tox(0, -1, -1, false, false),
            2,
            null,
            List.of(ae("ICANS", ToxicityKind.ICANS, 3, 11, 4, 48)),
            List.of(
                infection(Organism.VIRAL, 11, 50, Management.ORAL, false, false),
                infection(Organism.VIRAL, 11, 5, Management.LOCAL, false, false)),
            List.of(),
            List.of(),
            null));
    s.add(
        subject(
            "F",
            "DL2",
            12,
            tox(1, 4, 2, false, false),
            tox(0, -1, -1, false, false),
            -1,
            null,
            List.of(ae("Hypogammaglobulinaemia", ToxicityKind.NON_HEMATOLOGIC, 2, 12, 40, 24)),
            List.of(),
            List.of(
                new Malignancy(
                    null,
                    "PTCL-NOS",
                    Lineage.T_CELL,
                    DAY0.plusDays(112),
                    LinkTest.PENDING,
                    null,
                    null)),
            List.of(),
            null));
    s.add(
        new AnalysisSubject(
            "G",
            List.of(new JourneyEvent.Enrolment(DAY0.minusDays(40))),
            null,
            null,
            null,
            null,
            null,
            -1,
            null,
            null,
            null));
    Study study =
        new Study(
            "T",
            "t",
            Indication.B_NHL,
            null,
            null,
            null,
            null,
            null,
            Population.ADULT,
            null,
            null,
            null,
            null,
            null,
            List.of("DL1", "DL2"),
            null,
            null);
    return new AnalysisInput(
        "T", "t", org.celltrial.design.controls.Indication.LBCL, CUTOFF, s, study);
  }

  /**
   * IgG: A 350 mg/dL on day 60 (severe: 350 &lt;= 400); B 300 mg/dL on day 40, 8 days after IVIG on
   * day 32 (excluded), and 500 mg/dL on day 90 (not severe).
   */
  private static IggSeries igg(String id, int infusionDay) {
    LocalDate d0 = DAY0.plusDays(infusionDay);
    return id.equals("A")
        ? new IggSeries(
            List.of(new IggSeries.Sample(d0.plusDays(60).atTime(8, 0), 350, "mg/dL")), null)
        : new IggSeries(
            List.of(
                new IggSeries.Sample(d0.plusDays(40).atTime(8, 0), 3.0, "g/L"),
                new IggSeries.Sample(d0.plusDays(90).atTime(8, 0), 500, "mg/dL")),
            List.of(d0.plusDays(32).atTime(12, 0)));
  }

  /**
   * TLS values (start = infusion 08:00): A on day 1 uric acid 9.0 mg/dL (&gt;= 8.0) and potassium
   * 6.2 mmol/L (&gt;= 6.0) the same day, creatinine 1.6 x ULN (&gt;= 1.5: grade 1); B normal.
   */
  private static TlsInput tls(String id, int infusionDay) {
    LocalDateTime start = DAY0.plusDays(infusionDay).atTime(8, 0);
    boolean a = id.equals("A");
    List<TlsLab> labs =
        List.of(
            new TlsLab(start.plusDays(1), TlsAnalyte.URIC_ACID, a ? 9.0 : 5.0),
            new TlsLab(start.plusDays(1), TlsAnalyte.POTASSIUM, a ? 6.2 : 4.0));
    return new TlsInput(start, false, null, Map.of(), labs, a ? 1.6 : 0.8, 0, 0);
  }

  private static ToxicitySummary tox(int g, long onset, long days, boolean toci, boolean steroid) {
    return new ToxicitySummary(g, onset, days, toci, steroid);
  }

  private static ProlongedCytopenia.Verdict verdict(LabTest t, Boolean prolonged, boolean late) {
    return new ProlongedCytopenia.Verdict(
        t, prolonged, 28, prolonged == null ? -1 : 28, late, 90, List.of());
  }

  /** An event from {@code day} (infusion day + onset day) at 10:00 lasting {@code hours}. */
  private static ToxicityEvent ae(
      String term, ToxicityKind kind, int grade, int infusionDay, int onsetDay, int hours) {
    LocalDateTime onset = DAY0.plusDays(infusionDay + onsetDay).atTime(10, 0);
    return new ToxicityEvent(term, kind, grade, onset, onset.plusHours(hours), true);
  }

  private static Infection infection(
      Organism o, int infusionDay, int day, Management m, boolean life, boolean fatal) {
    return new Infection("x", o, DAY0.plusDays(infusionDay + day), m, life, fatal);
  }

  private static AnalysisSubject subject(
      String id,
      String level,
      int infusionDay,
      ToxicitySummary crs,
      ToxicitySummary icans,
      int icaht,
      JourneyEvent.Death death,
      List<ToxicityEvent> events,
      List<Infection> infections,
      List<Malignancy> malignancies,
      List<LocalDate> visits,
      List<ProlongedCytopenia.Verdict> cytopenia) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    j.add(new JourneyEvent.Infusion(DAY0.plusDays(infusionDay), null, null, null));
    if (death != null) {
      j.add(death);
    }
    Subject source =
        new Subject(
            id,
            null,
            50,
            null,
            Indication.B_NHL,
            null,
            null,
            null,
            null,
            null,
            j,
            level,
            events,
            infections,
            malignancies,
            visits);
    return new AnalysisSubject(
        id,
        j,
        null,
        null,
        null,
        crs,
        icans,
        icaht,
        50,
        null,
        source,
        List.of(),
        null,
        List.of(),
        List.of(),
        null,
        cytopenia == null
            ? null
            : LabFindings.of(cytopenia, igg(id, infusionDay), tls(id, infusionDay)));
  }
}
