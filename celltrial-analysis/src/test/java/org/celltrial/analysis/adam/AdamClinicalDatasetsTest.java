package org.celltrial.analysis.adam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.icaht.CountObservation;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.HematotoxicityAssessment;
import org.celltrial.clinical.grading.icaht.IcahtParameters;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.safety.dlt.DltProtocol;
import org.celltrial.clinical.safety.dlt.DltRule;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.safety.dlt.ToxicityKind;
import org.celltrial.clinical.safety.infection.Infection;
import org.celltrial.clinical.safety.infection.Management;
import org.celltrial.clinical.safety.infection.Organism;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.api.Test;

/**
 * A hand-built LBCL study with dose levels DL1, DL2 and a DLT definition (window 28 days; CRS grade
 * ≥ 4 or any grade 5 is a DLT). Day 0 = 2024-01-01 = infusion; data cut-off day 365.
 *
 * <ul>
 *   <li>P1, 15 years, DL2: CRS grade 4 (subject file) days 2–5, a DLT; a lung infection on day 40
 *       treated intravenously; assessed day −7 (SD), 28 (PR), 90 (CR), 180 (PD, after a new therapy
 *       on day 150); IRC SD day 28, PR day 90; two CRS episodes and one ICANS episode.
 *   <li>P2, 70 years, DL1: died day 10 without a DLT; a life-threatening infection on day −3.
 *   <li>P3, 30 years, DL9 (not a study level): last known alive day 28, no DLT.
 *   <li>P4, 40 years: enrolled, never infused.
 *   <li>P5, 64 years, no dose level: no contact recorded (followed to the cut-off day 365).
 * </ul>
 */
class AdamClinicalDatasetsTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

  /**
   * DLTEVLFL: P1 had a DLT (Y); P2 was followed 10 &lt; 28 days without one (N); P3 through day 28
   * ≥ 28 (Y); P4 not infused (N); P5 to the cut-off (Y). EFFFL: P1 assessed after day 0; P2 died
   * before any assessment; P3, P5 infused but never assessed (N); P4 not infused.
   */
  @Test
  void adslAnalysisSetsDoseLevelsAndAgeGroups() {
    Dataset d = Adsl.of(input(), sources());
    assertThat(column(d, "DLTEVLFL")).containsExactly("Y", "N", "Y", "N", "Y");
    assertThat(column(d, "EFFFL")).containsExactly("Y", "Y", "N", "N", "N");
    assertThat(column(d, "ITTFL")).containsExactly("Y", "Y", "Y", "Y", "Y");
    assertThat(column(d, "SAFFL")).containsExactly("Y", "Y", "Y", "N", "Y");
    assertThat(column(d, "MITTFL")).containsExactly("Y", "Y", "Y", "N", "Y");
    assertThat(column(d, "TRT01A")).containsExactly("DL2", "DL1", "DL9", null, "CAR-T");
    assertThat(column(d, "TRT01AN")).containsExactly(2L, 1L, null, null, null);
    assertThat(column(d, "AGEGR1")).containsExactly("<18", ">=65", "18-64", "18-64", "18-64");
    assertThat(column(d, "LDSTDT"))
        .containsExactly("2023-12-27", "2023-12-27", "2023-12-27", null, "2023-12-27");
    assertThat(column(d, "LDENDT"))
        .containsExactly("2023-12-29", "2023-12-29", "2023-12-29", null, "2023-12-29");
    assertThat(column(d, "TRTSDT"))
        .containsExactly("2024-01-01", "2024-01-01", "2024-01-01", null, "2024-01-01");
  }

  /** Without a DLT definition in the study file DLTEVLFL is empty for everyone. */
  @Test
  void dltFlagIsEmptyWithoutADltDefinition() {
    AnalysisInput in = input();
    AnalysisInput none =
        new AnalysisInput(
            in.studyId(), in.title(), in.indication(), in.cutoff(), in.subjects(), study(null));
    assertThat(column(Adsl.of(none, sources()), "DLTEVLFL")).containsOnlyNulls();
  }

  /**
   * P1's assessments: day −7 is before the infusion (ANL01FL empty, ADY −7: no day 0), day 180 is
   * after the new therapy of day 150 (left out of the BOR, ANL01FL empty); ADY = day + 1 from day 0
   * on. AVAL is the rank of the category: sCR 1, CR 2, CRi 3, VGPR 4, PR 5, MR 6, MLFS 7, SD 8, NR
   * 9, PD 10, NE 11. Infused subjects without assessments get BOR NE without a date, by both
   * evaluators (the IRC read someone, so IRC records exist); P4 (not infused) has no record.
   */
  @Test
  void adrsPerAssessmentAndBestResponseByEvaluator() {
    Dataset d = Adrs.of(input(), sources());
    String inv = "INVESTIGATOR";
    String irc = "INDEPENDENT ASSESSOR";
    assertThat(d.rows())
        .containsExactly(
            adrs("P1", "OVRLRESP", inv, "2023-12-25", -7L, -7L, "SD", 8L, null),
            adrs("P1", "OVRLRESP", inv, "2024-01-29", 29L, 28L, "PR", 5L, "Y"),
            adrs("P1", "OVRLRESP", inv, "2024-03-31", 91L, 90L, "CR", 2L, "Y"),
            adrs("P1", "OVRLRESP", inv, "2024-06-29", 181L, 180L, "PD", 10L, null),
            adrs("P1", "BOR", inv, "2024-03-31", 91L, 90L, "CR", 2L, "Y"),
            adrs("P1", "OVRLRESP", irc, "2024-01-29", 29L, 28L, "SD", 8L, "Y"),
            adrs("P1", "OVRLRESP", irc, "2024-03-31", 91L, 90L, "PR", 5L, "Y"),
            adrs("P1", "BOR", irc, "2024-03-31", 91L, 90L, "PR", 5L, "Y"),
            adrs("P2", "BOR", inv, null, null, null, "NE", 11L, "Y"),
            adrs("P2", "BOR", irc, null, null, null, "NE", 11L, "Y"),
            adrs("P3", "BOR", inv, null, null, null, "NE", 11L, "Y"),
            adrs("P3", "BOR", irc, null, null, null, "NE", 11L, "Y"),
            adrs("P5", "BOR", inv, null, null, null, "NE", 11L, "Y"),
            adrs("P5", "BOR", irc, null, null, null, "NE", 11L, "Y"));
  }

  /**
   * P1: CRS episode 1 from day 1 10:00 to its last graded observation day 4 10:00 (ADY 2 and 5, 4
   * days both counted), grade 2, tocilizumab twice and corticosteroids once; CRS episode 2 on day
   * 9, still going on (no end, no duration); ICANS day 6–7, grade 3, corticosteroids 3 doses. The
   * subject file's CRS grade 4 from day 2 08:00 to day 5 08:00: 5 − 2 + 1 = 4 days, ASTCT grade.
   * The lung infection on day 40 treated intravenously: CTCAE grade 3 (ADY 41). P2's infection on
   * day −3 (ADY −3) is life-threatening: grade 4, serious, not treatment-emergent.
   */
  @Test
  void adaeEpisodesEventsAndInfections() {
    Dataset d = Adae.of(input(), sources());
    String crs = "Cytokine release syndrome";
    String icans = "Immune effector cell-associated neurotoxicity syndrome";
    assertThat(d.rows())
        .containsExactly(
            adae(
                "P1",
                1,
                "CRS EPISODE",
                crs,
                "2024-01-02T10:00:00",
                "2024-01-02",
                "2024-01-05T10:00:00",
                "2024-01-05",
                2L,
                5L,
                1L,
                4L,
                null,
                "ASTCT 2019",
                "2",
                null,
                "Y",
                null,
                "Y",
                2L,
                "Y",
                1L,
                0L),
            adae(
                "P1",
                2,
                "CRS EPISODE",
                crs,
                "2024-01-10T06:00:00",
                "2024-01-10",
                null,
                null,
                10L,
                null,
                9L,
                null,
                "Y",
                "ASTCT 2019",
                "1",
                null,
                "Y",
                null,
                "N",
                0L,
                "N",
                0L,
                0L),
            adae(
                "P1",
                3,
                "ICANS EPISODE",
                icans,
                "2024-01-07T12:00:00",
                "2024-01-07",
                "2024-01-08T12:00:00",
                "2024-01-08",
                7L,
                8L,
                6L,
                2L,
                null,
                "ASTCT 2019",
                "3",
                null,
                "Y",
                null,
                "N",
                0L,
                "Y",
                3L,
                0L),
            adae(
                "P1",
                4,
                "ADVERSE EVENT",
                crs,
                "2024-01-03T08:00:00",
                "2024-01-03",
                "2024-01-06T08:00:00",
                "2024-01-06",
                3L,
                6L,
                2L,
                4L,
                null,
                "ASTCT 2019",
                "4",
                null,
                "Y",
                null,
                null,
                null,
                null,
                null,
                null),
            adae(
                "P1",
                5,
                "INFECTION",
                "Lung infection",
                null,
                "2024-02-10",
                null,
                null,
                41L,
                null,
                40L,
                null,
                null,
                "CTCAE 5.0",
                null,
                "3",
                "Y",
                null,
                null,
                null,
                null,
                null,
                null),
            adae(
                "P2",
                1,
                "INFECTION",
                "Sepsis",
                null,
                "2023-12-29",
                null,
                null,
                -3L,
                null,
                -3L,
                null,
                null,
                "CTCAE 5.0",
                null,
                "4",
                null,
                "Y",
                null,
                null,
                null,
                null,
                null));
  }

  /**
   * P1's counts (infusion day 0 at 10:00): ANC 1200/µL on day −2 = 1.2 × 10^9/L (below the grade-2
   * cut 1.5, not below 1.0: grade 2); ANC 900/µL on day 0 at 08:00 = 0.9 (grade 3), the last value
   * before the infusion: the baseline; ANC 80/µL on day 3 = 0.08 (below 0.5: grade 4); ANC 2000/µL
   * on day 4 = 2.0 ≥ LLN 1.8 (grade 0); a negative ANC on day 5 is rejected and left out; platelets
   * 160 ≥ LLN 150 on day 7 (grade 0); hemoglobin 95 g/L = 9.5 g/dL on day 3 (below 10.0: grade 2).
   * Early ICAHT: ANC ≤ 500 on day 3 only, recovered on day 4: a 1-day run, grade 1; late ICAHT: no
   * value after day 30, no grade.
   */
  @Test
  void adlbGradesBaselineAndIcaht() {
    Dataset d = Adlb.of(input(), sources());
    assertThat(column(d, "USUBJID")).containsOnly("T-P1");
    assertThat(column(d, "PARAMCD"))
        .containsExactly("ANC", "ANC", "ANC", "ANC", "PLT", "HGB", "ICAHTE", "ICAHTL");
    assertThat(column(d, "ADTM"))
        .containsExactly(
            "2023-12-30T08:00:00",
            "2024-01-01T08:00:00",
            "2024-01-04T08:00:00",
            "2024-01-05T08:00:00",
            "2024-01-08T08:00:00",
            "2024-01-04T08:00:00",
            null,
            null);
    assertThat(column(d, "ADY")).containsExactly(-2L, 1L, 4L, 5L, 8L, 4L, null, null);
    assertThat(column(d, "INFDY")).containsExactly(-2L, 0L, 3L, 4L, 7L, 3L, null, null);
    assertThat(decimals(d, "AVAL"))
        .containsExactly("1.2", "0.9", "0.08", "2", "160", "9.5", "1", null);
    assertThat(column(d, "AVALC")).containsExactly(null, null, null, null, null, null, "1", null);
    assertThat(column(d, "AVALU"))
        .containsExactly("10^9/L", "10^9/L", "10^9/L", "10^9/L", "10^9/L", "g/dL", null, null);
    assertThat(decimals(d, "ANRLO"))
        .containsExactly("1.8", "1.8", "1.8", "1.8", "150", "12", null, null);
    assertThat(column(d, "ABLFL")).containsExactly(null, "Y", null, null, null, null, null, null);
    assertThat(decimals(d, "BASE"))
        .containsExactly("0.9", "0.9", "0.9", "0.9", null, null, null, null);
    assertThat(column(d, "ATOXGR")).containsExactly("2", "3", "4", "0", "0", "2", null, null);
    assertThat(column(d, "GRSYS"))
        .containsExactly(
            "CTCAE 5.0",
            "CTCAE 5.0",
            "CTCAE 5.0",
            "CTCAE 5.0",
            "CTCAE 5.0",
            "CTCAE 5.0",
            "EHA/EBMT 2023",
            "EHA/EBMT 2023");
  }

  /**
   * Text lengths are the longest value: AETERM's is the ICANS term (54 characters), AECAT's "ICANS
   * EPISODE" (13), AESER's "Y" (1), ADLB AVALC's "1", TRT01A's "CAR-T" (5); a column with no value
   * at all (DLTEVLFL without a DLT definition) gets 1.
   */
  @Test
  void textLengthsAreTheLongestValue() {
    Dataset ae = Adae.of(input(), sources());
    assertThat(length(ae, "AETERM")).isEqualTo(54);
    assertThat(length(ae, "AECAT")).isEqualTo(13);
    assertThat(length(ae, "AESER")).isEqualTo(1);
    assertThat(length(Adlb.of(input(), sources()), "AVALC")).isEqualTo(1);
    assertThat(length(Adsl.of(input(), sources()), "TRT01A")).isEqualTo(5);
    AnalysisInput in = input();
    AnalysisInput none =
        new AnalysisInput(
            in.studyId(), in.title(), in.indication(), in.cutoff(), in.subjects(), study(null));
    assertThat(length(Adsl.of(none, sources()), "DLTEVLFL")).isEqualTo(1);
  }

  private static Integer length(Dataset d, String name) {
    return d.variables().get(index(d, name)).length();
  }

  private static List<Object> column(Dataset d, String name) {
    int i = index(d, name);
    List<Object> out = new ArrayList<>();
    for (List<Object> row : d.rows()) {
      out.add(row.get(i));
    }
    return out;
  }

  private static List<String> decimals(Dataset d, String name) {
    return column(d, name).stream()
        .map(v -> v == null ? null : ((BigDecimal) v).stripTrailingZeros().toPlainString())
        .toList();
  }

  private static int index(Dataset d, String name) {
    for (int i = 0; i < d.variables().size(); i++) {
      if (d.variables().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError(name);
  }

  private static List<Object> adrs(
      String id,
      String paramcd,
      String evaluator,
      String adt,
      Long ady,
      Long infdy,
      String avalc,
      Long aval,
      String anl01) {
    return Arrays.asList(
        "T",
        "T-" + id,
        paramcd,
        paramcd.equals("BOR") ? "Best Overall Response" : "Overall Response",
        "Lugano 2014",
        evaluator,
        adt,
        ady,
        infdy,
        avalc,
        aval,
        anl01);
  }

  /**
   * An ADAE row: subject, AESEQ, AECAT, term (AETERM = AEDECOD), then ASTDTM … ACYTDOSE as in the
   * dataset, except ADURU, which is {@code DAYS} exactly when ADURN (the 8th of them) is given.
   */
  private static List<Object> adae(Object... v) {
    List<Object> row = new ArrayList<>();
    row.add("T");
    row.add("T-" + v[0]);
    row.add(((Integer) v[1]).longValue());
    row.add(v[2]);
    row.add(v[3]);
    row.add(v[3]);
    row.addAll(Arrays.asList(v).subList(4, 12));
    row.add(v[11] == null ? null : "DAYS");
    row.addAll(Arrays.asList(v).subList(12, v.length));
    return row;
  }

  private static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(
        subject(
            "P1",
            15,
            "DL2",
            null,
            DAY0.plusDays(200),
            new BorResult(Category.CR, DAY0.plusDays(90), true, true, true, List.of()),
            List.of(
                new ToxicityEvent(
                    "Cytokine release syndrome", ToxicityKind.CRS, 4, at(2, 8), at(5, 8), true)),
            List.of(
                new Infection(
                    "Lung infection",
                    Organism.BACTERIAL,
                    DAY0.plusDays(40),
                    Management.INTRAVENOUS,
                    false,
                    false)),
            new JourneyEvent.NewTherapy(DAY0.plusDays(150), List.of("R-GemOx"))));
    s.add(
        subject(
            "P2",
            70,
            "DL1",
            10,
            null,
            null,
            List.of(),
            List.of(
                new Infection(
                    "Sepsis",
                    Organism.BACTERIAL,
                    DAY0.minusDays(3),
                    Management.INTRAVENOUS,
                    true,
                    false)),
            null));
    s.add(subject("P3", 30, "DL9", null, DAY0.plusDays(28), null, List.of(), List.of(), null));
    s.add(notInfused());
    s.add(subject("P5", 64, null, null, null, null, List.of(), List.of(), null));
    return new AnalysisInput("T", "test", Indication.LBCL, DAY0.plusDays(365), s, study(dlt()));
  }

  private static DltProtocol dlt() {
    return new DltProtocol(
        28,
        List.of(
            new DltRule("CRS-G4", Set.of(ToxicityKind.CRS), 4, null, null),
            new DltRule("G5", Set.of(ToxicityKind.values()), 5, null, null)));
  }

  private static Study study(DltProtocol dlt) {
    return new Study(
        "T",
        "test",
        org.celltrial.clinical.study.Indication.B_NHL,
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
        dlt);
  }

  private static AnalysisSubject subject(
      String id,
      int age,
      String dose,
      Integer death,
      LocalDate alive,
      BorResult bor,
      List<ToxicityEvent> aes,
      List<Infection> infections,
      JourneyEvent extra) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    j.add(new JourneyEvent.Leukapheresis(DAY0.minusDays(28)));
    j.add(
        new JourneyEvent.Lymphodepletion(
            DAY0.minusDays(5), DAY0.minusDays(3), List.of("fludarabine")));
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "infection"));
    }
    if (extra != null) {
      j.add(extra);
    }
    Subject src = source(id, age, j, dose, aes, infections);
    return new AnalysisSubject(id, j, alive, bor, null, null, null, -1, age, "F", src);
  }

  private static AnalysisSubject notInfused() {
    List<JourneyEvent> j =
        List.of(
            new JourneyEvent.Enrolment(DAY0.minusDays(30)),
            new JourneyEvent.Leukapheresis(DAY0.minusDays(28)));
    Subject src = source("P4", 40, j, null, List.of(), List.of());
    return new AnalysisSubject("P4", j, null, null, null, null, null, -1, 40, "F", src);
  }

  private static Subject source(
      String id,
      int age,
      List<JourneyEvent> j,
      String dose,
      List<ToxicityEvent> aes,
      List<Infection> infections) {
    return new Subject(
        id,
        null,
        age,
        Sex.FEMALE,
        org.celltrial.clinical.study.Indication.B_NHL,
        null,
        null,
        null,
        null,
        null,
        j,
        dose,
        aes,
        infections,
        null,
        null);
  }

  private static Map<String, AdamSource> sources() {
    String lugano = "Lugano 2014";
    List<AdamSource.Response> inv =
        List.of(
            new AdamSource.Response(DAY0.minusDays(7), Category.SD, lugano),
            new AdamSource.Response(DAY0.plusDays(28), Category.PR, lugano),
            new AdamSource.Response(DAY0.plusDays(90), Category.CR, lugano),
            new AdamSource.Response(DAY0.plusDays(180), Category.PD, lugano));
    List<AdamSource.Response> irc =
        List.of(
            new AdamSource.Response(DAY0.plusDays(28), Category.SD, lugano),
            new AdamSource.Response(DAY0.plusDays(90), Category.PR, lugano));
    BorResult ircBor = new BorResult(Category.PR, DAY0.plusDays(90), true, false, true, List.of());
    Episode crs1 = new Episode(1, at(1, 10), 1, at(4, 10), at(5, 10), 2, 4, 2, 1, 0);
    Episode crs2 = new Episode(2, at(9, 6), 9, at(9, 6), null, 1, 1, 0, 0, 0);
    Episode icans = new Episode(1, at(6, 12), 6, at(7, 12), at(8, 12), 3, 2, 0, 3, 0);
    CountsInput counts =
        new CountsInput(
            at(0, 10),
            List.of(
                new CountObservation(at(-2, 8), "anc", 1200.0, "/uL", 1800.0),
                new CountObservation(at(0, 8), "anc", 900.0, "/uL", 1800.0),
                new CountObservation(at(3, 8), "anc", 80.0, "/uL", 1800.0),
                new CountObservation(at(3, 8), "hgb", 95.0, "g/L", 120.0),
                new CountObservation(at(4, 8), "anc", 2000.0, "/uL", 1800.0),
                new CountObservation(at(5, 8), "anc", -1.0, "/uL", 1800.0),
                new CountObservation(at(7, 8), "plt", 160.0, "10^9/L", 150.0)),
            null);
    AdamSource p1 =
        new AdamSource(
            inv,
            irc,
            ircBor,
            timeline(crs1, crs2),
            timeline(icans),
            counts,
            HematotoxicityAssessment.assess(counts, IcahtParameters.DEFAULT));
    return Map.of("P1", p1);
  }

  private static TimelineResult timeline(Episode... e) {
    return new TimelineResult(
        GradingSystem.ASTCT_2019,
        List.of(),
        List.of(),
        List.of(e),
        Arrays.stream(e).mapToInt(Episode::maxGrade).max().orElse(0),
        List.of());
  }

  private static LocalDateTime at(int day, int hour) {
    return DAY0.plusDays(day).atTime(hour, 0);
  }
}
