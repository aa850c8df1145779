package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.Concordance;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PhStatus;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.Sex;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.api.Test;

/**
 * A hand-built B-ALL study whose every cell of the baseline, primary (protocol p0 = 20 %),
 * landmark, MRD, IRC, HSCT and subgroup tables is worked out below. Exact CIs, one-sided p-values,
 * Kaplan–Meier medians and kappa with its standard error come from R (efficacy-reference.R, output
 * efficacy-reference.json); the counts are by hand.
 *
 * <pre>
 * subject  infused bridged age sex Ph   prior lines (last line refractory?)      BOR  IRC  dose
 * A        yes     yes     30  M   neg  1: VD CR, PD 300 d after (no)            CR   CR   DL1
 * B        yes     no      70  F   pos  3: VD CR | allo-HSCT | blina NR (yes)    CRi  NR   DL2
 * C        yes     yes     65  M   -    2: VD CR | tisagenlecleucel PD +30 d (yes) NE  -    DL1
 * D        yes     no      -   -   -    0 (not recorded)                         CR   CR   DL2
 * E        no      no      50  F   neg  1: VD PR (yes; primary refractory)        -    -    -
 * </pre>
 *
 * Assessments (day after infusion): A CR 28, 56; B CRi 28, 56; C none; D CR 14, 42 (both 14 days
 * from day 28: the earlier is used), relapse day 120. MRD: A flow undetected (1e-4) day 28, flow
 * 1e-3 day 56 (positive); B NGS 5e-5 day 28 (below 10^-4: negative), flow undetected day 56; D PCR
 * only (not a counted method). B: allo-HSCT day 100, death day 200; C death day 100.
 */
class EfficacyTablesTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);
  private static final JsonNode R =
      Reference.json(EfficacyTablesTest.class, "efficacy-reference.json");

  @Test
  void baselineCountsEachCharacteristicInIttAndMitt() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    assertThat(table(a, "baseline").header().stream().map(m -> m.render(Lang.EN)).toList())
        .containsExactly(
            "Item", "ITT (all enrolled subjects) (N = 5)", "mITT (all infused subjects) (N = 4)");
    assertThat(cells(a, "baseline"))
        .containsExactly(
            // ages 30, 70, 65, 50 (D unknown): median (50 + 65) / 2; mITT 30, 70, 65
            List.of("Age, years: median (range)", "57.5 (30–70) [n = 4]", "65 (30–70) [n = 3]"),
            List.of("Age group: < 65 years", "2 (40.0)", "1 (25.0)"),
            List.of("Age group: >= 65 years", "2 (40.0)", "2 (50.0)"),
            List.of("Age group: not recorded", "1 (20.0)", "1 (25.0)"),
            List.of("Sex: male", "2 (40.0)", "2 (50.0)"),
            List.of("Sex: female", "2 (40.0)", "1 (25.0)"),
            List.of("Sex: not recorded", "1 (20.0)", "1 (25.0)"),
            List.of("Disease subtype: Ph-negative", "2 (40.0)", "1 (25.0)"),
            List.of("Disease subtype: Ph-positive", "1 (20.0)", "1 (25.0)"),
            List.of("Disease subtype: not recorded", "2 (40.0)", "2 (50.0)"),
            // lines A 1, B 3, C 2, D 0, E 1: ITT 0 1 1 2 3, mITT 0 1 2 3
            List.of("Prior lines of therapy: median (range)", "1 (0–3)", "1.5 (0–3)"),
            List.of("Prior lines: <= 2", "4 (80.0)", "3 (75.0)"),
            List.of("Prior lines: 3", "1 (20.0)", "1 (25.0)"),
            // B (blinatumomab NR), C (progression 30 days after CAR-T), E (PR is not CR in B-ALL)
            List.of("Refractory to the last line of therapy", "3 (60.0)", "2 (50.0)"),
            List.of(
                "Refractory to the last line: undetermined or not recorded",
                "1 (20.0)",
                "1 (25.0)"),
            List.of("Primary refractory (no response to any prior therapy)", "1 (20.0)", "0 (0.0)"),
            List.of("Prior autologous HSCT", "0 (0.0)", "0 (0.0)"),
            List.of("Prior allogeneic HSCT", "1 (20.0)", "1 (25.0)"),
            List.of("Prior CAR-T or other cell therapy", "1 (20.0)", "1 (25.0)"),
            List.of("Bridged", "2 (40.0)", "2 (50.0)"),
            List.of("Not bridged", "3 (60.0)", "2 (50.0)"));
  }

  @Test
  void primaryUsesTheProtocolTargetValueAndSaysSo() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    // responders A, B, D: ITT 3/5, mITT 3/4; lower limits 14.7 and 19.4 do not exceed 20
    assertThat(cells(a, "primary").get(0))
        .containsExactly(
            "ITT (all enrolled subjects)",
            "All",
            "5",
            "3 (60.0)",
            "14.7–94.7",
            "0.0579",
            "Target not met: lower CI limit not above p0");
    assertThat(cells(a, "primary").get(3))
        .containsExactly(
            "mITT (all infused subjects)",
            "All",
            "4",
            "3 (75.0)",
            "19.4–99.4",
            "0.0272",
            "Target not met: lower CI limit not above p0");
    assertThat(a.mitt().target()).isEqualTo(0.2);
    Reference.assertClose("p mITT", a.mitt().pValueGreater(), R.at("/binom/0/pGreater"));
    Reference.assertClose("p ITT", a.itt().pValueGreater(), R.at("/binom/1/pGreater"));
    assertThat(notes(a, "primary"))
        .contains("p0 = 20.0% is the protocol's target value (study file targetValue, G-DES-2).");
  }

  @Test
  void withoutAProtocolTargetValueTheLibraryProposalIsUsedAndNamed() {
    StudyAnalysis a = StudyAnalysis.of(input(null));
    assertThat(a.mitt().target()).isEqualTo(a.target().p0());
    assertThat(notes(a, "primary").get(1))
        .startsWith("p0 = " + Fmt.percent(a.target().p0()) + "% is the historical-control library");
  }

  @Test
  void landmarkResponseAtDay28UsesTheNearestAssessment() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    assertThat(table(a, "landmark").title().render(Lang.EN))
        .isEqualTo(
            "Landmark response (G-EP-6): CR/CRi rate at day 28 after infusion (window +/- 14 days)");
    // A CR d28, B CRi d28, D CR d14 (tie with d42, earlier wins; relapse d120 is later); C none
    assertThat(cells(a, "landmark"))
        .containsExactly(
            List.of("All", "4", "3 (75.0)", "19.4–99.4", "0 (0.0)", "1 (25.0)"),
            List.of("Bridged", "2", "1 (50.0)", "1.3–98.7", "0 (0.0)", "1 (50.0)"),
            List.of("Not bridged", "2", "2 (100.0)", "15.8–100.0", "0 (0.0)", "0 (0.0)"));
  }

  @Test
  void landmarkDayComesFromTheProtocolWhenGiven() {
    AnalysisInput in = input(0.2);
    assertThat(LandmarkResponse.day(in)).isEqualTo(28);
    AnalysisInput lbcl =
        new AnalysisInput("T", "t", Indication.LBCL, DAY0.plusDays(365), in.subjects(), null);
    assertThat(LandmarkResponse.day(lbcl)).isEqualTo(90);
  }

  @Test
  void mrdNegativityAmongInfusedAndResponders() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    // negative: A (flow undetected d28), B (NGS 5e-5 < 1e-4); D's PCR does not count
    assertThat(cells(a, "mrd"))
        .containsExactly(
            List.of("All infused", "All", "4", "2", "2 (50.0)", "6.8–93.2"),
            List.of("All infused", "Bridged", "2", "1", "1 (50.0)", "1.3–98.7"),
            List.of("All infused", "Not bridged", "2", "1", "1 (50.0)", "1.3–98.7"),
            List.of("Responders", "All", "3", "2", "2 (66.7)", "9.4–99.2"),
            List.of("Responders", "Bridged", "1", "1", "1 (100.0)", "2.5–100.0"),
            List.of("Responders", "Not bridged", "2", "1", "1 (50.0)", "1.3–98.7"));
    // duration: A 28 days to the positive sample, B 172 days to death; R median 3.285 (0.920–NA).
    // The 6-month rate lies beyond the last observation (5.65 months): NE, as in the
    // time-to-event table (R's summary(extend = TRUE) would carry the 0 forward).
    assertThat(cells(a, "mrd-duration"))
        .containsExactly(
            List.of("All", "2", "2", "3.3 (0.9–NE)", "NE"),
            List.of("Bridged", "1", "1", "0.9 (NE–NE)", "NE"),
            List.of("Not bridged", "1", "1", "5.7 (NE–NE)", "NE"));
    assertThat(Fmt.number(R.at("/mrdAll/median").asDouble(), 1)).isEqualTo("3.3");
    assertThat(Fmt.number(R.at("/mrdAll/lower").asDouble(), 1)).isEqualTo("0.9");
    assertThat(R.at("/mrdAll/upper").isNull()).isTrue();
  }

  @Test
  void ircConcordanceAndPrimaryByIrc() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    // pairs A (CR, CR), B (CRi, NR), D (CR, CR): po 2/3, pe (2/3)^2 = 4/9, kappa 0.4
    assertThat(cells(a, "irc-concordance"))
        .containsExactly(
            List.of("All", "3", "66.7", "44.4", "0.400 (0.208, 0.592)", "1"),
            List.of("Bridged", "1", "100.0", "100.0", "1.000 (NE, NE)", "0"),
            List.of("Not bridged", "2", "50.0", "25.0", "0.333 (0.025, 0.641)", "1"));
    // IRC responders A, D: ITT 2/5, bridged {A, C} 1/2, not bridged {B, D, E} 1/3; mITT 2/4 …
    List<List<String>> p = cells(a, "irc-primary");
    assertThat(p.get(0)).containsSequence("5", "2 (40.0)", "5.3–85.3", "0.2627");
    assertThat(p.get(1)).containsSequence("2", "1 (50.0)", "1.3–98.7", "0.3600");
    assertThat(p.get(2)).containsSequence("3", "1 (33.3)", "0.8–90.6", "0.4880");
    assertThat(p.get(3)).containsSequence("4", "2 (50.0)", "6.8–93.2", "0.1808");
  }

  @Test
  void kappaAndItsStandardErrorMatchR() {
    for (String c : List.of("kappa3", "kappa2")) {
      List<Concordance.Pair> pairs =
          c.equals("kappa3")
              ? List.of(
                  pair(Category.CR, Category.CR),
                  pair(Category.CRI, Category.NR),
                  pair(Category.CR, Category.CR))
              : List.of(pair(Category.CRI, Category.NR), pair(Category.CR, Category.CR));
      check(c, Irc.kappa(pairs));
    }
    List<Concordance.Pair> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(
          pair(category(R.at("/inv20/" + i).asText()), category(R.at("/irc20/" + i).asText())));
    }
    check("kappa20", Irc.kappa(twenty));
  }

  @Test
  void hsctShareAndSurvivalFromTransplant() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    // responders A, B, D; B transplanted on day 100
    assertThat(cells(a, "hsct"))
        .containsExactly(
            List.of("All", "3", "1 (33.3)", "0.8–90.6", "100 (100–100)"),
            List.of("Bridged", "1", "0 (0.0)", "0.0–97.5", "NE"),
            List.of("Not bridged", "2", "1 (50.0)", "1.3–98.7", "100 (100–100)"));
    // B dies 100 days after the HSCT: R median 3.285 months
    assertThat(cells(a, "hsct-outcome"))
        .containsExactly(
            List.of("Overall survival from HSCT", "1", "1", "3.3 (NE–NE)", "NE"),
            List.of("Event-free survival from HSCT", "1", "1", "3.3 (NE–NE)", "NE"));
    assertThat(Fmt.number(R.at("/hsct/median").asDouble(), 1)).isEqualTo("3.3");
  }

  @Test
  void subgroupEstimatesMatchHandCountsAndR() {
    StudyAnalysis a = StudyAnalysis.of(input(0.2));
    List<String> rows =
        a.subgroups().stream()
            .map(
                e ->
                    e.group().render(Lang.EN)
                        + "|"
                        + e.level().render(Lang.EN)
                        + "|"
                        + e.n()
                        + "|"
                        + e.responders())
            .toList();
    assertThat(rows)
        .containsExactly(
            "Age group|< 65 years|1|1",
            "Age group|>= 65 years|2|1",
            "Disease subtype|Ph-negative|1|1",
            "Disease subtype|Ph-positive|1|1",
            "Prior lines|<= 2|3|2",
            "Prior lines|3|1|1",
            "Bridging therapy (G-BR-3)|Bridged|2|1",
            "Bridging therapy (G-BR-3)|Not bridged|2|2",
            "Dose level|DL1|2|1",
            "Dose level|DL2|2|2");
    for (SubgroupEstimate e : a.subgroups()) {
      JsonNode ref = binom(e.responders(), e.n());
      Reference.assertClose("lower", e.lower(), ref.at("/ci/0"));
      Reference.assertClose("upper", e.upper(), ref.at("/ci/1"));
      assertThat(e.rate()).isEqualTo((double) e.responders() / e.n());
    }
    assertThat(cells(a, "subgroups").get(4))
        .containsExactly("Prior lines", "<= 2", "3", "2", "66.7", "9.4–99.2");
  }

  private static void check(String c, Irc.Kappa k) {
    Reference.assertClose(c + " po", k.concordance().agreement(), R.at("/" + c + "/po"));
    Reference.assertClose(c + " pe", k.concordance().chanceAgreement(), R.at("/" + c + "/pe"));
    Reference.assertClose(c + " kappa", k.concordance().kappa(), R.at("/" + c + "/kappa"));
    Reference.assertClose(c + " se", k.se(), R.at("/" + c + "/se"));
    Reference.assertClose(c + " lower", k.lower(), R.at("/" + c + "/lower"));
    Reference.assertClose(c + " upper", k.upper(), R.at("/" + c + "/upper"));
  }

  private static Category category(String label) {
    for (Category c : Category.values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new AssertionError(label);
  }

  private static Concordance.Pair pair(Category inv, Category irc) {
    return new Concordance.Pair("x", inv, irc);
  }

  private static JsonNode binom(int x, int n) {
    for (JsonNode b : R.get("binom")) {
      if (b.get("x").asInt() == x && b.get("n").asInt() == n) {
        return b;
      }
    }
    throw new AssertionError("no R reference for " + x + "/" + n);
  }

  private static ReportTable table(StudyAnalysis a, String id) {
    return a.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<List<String>> cells(StudyAnalysis a, String id) {
    return table(a, id).rows().stream()
        .map(r -> r.stream().map(m -> m.render(Lang.EN)).toList())
        .toList();
  }

  private static List<String> notes(StudyAnalysis a, String id) {
    return table(a, id).notes().stream().map(m -> m.render(Lang.EN)).toList();
  }

  static AnalysisInput input(Double p0) {
    Study study =
        new Study(
            "T",
            "test",
            org.celltrial.clinical.study.Indication.B_ALL,
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
            p0,
            null);
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(
        subject(
            "A",
            30,
            Sex.MALE,
            PhStatus.NEGATIVE,
            List.of(vd(BestResponse.CR, 300)),
            true,
            "DL1",
            Category.CR,
            List.of(tp(28, Category.CR), tp(56, Category.CR)),
            List.of(tp(28, Category.CR), tp(56, Category.CR)),
            List.of(mrd(28, "FLOW", false, null, 1e-4), mrd(56, "FLOW", true, 1e-3, 1e-4)),
            null,
            null,
            null));
    s.add(
        subject(
            "B",
            70,
            Sex.FEMALE,
            PhStatus.POSITIVE,
            List.of(
                vd(BestResponse.CR, 300),
                new PriorTherapy(
                    "allo-HSCT",
                    List.of(),
                    DAY0.minusDays(500),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    TransplantType.ALLO),
                new PriorTherapy(
                    "blina",
                    List.of("blinatumomab"),
                    DAY0.minusDays(200),
                    DAY0.minusDays(150),
                    2,
                    BestResponse.NR,
                    null,
                    null,
                    StopReason.PROGRESSION,
                    null,
                    null)),
            false,
            "DL2",
            Category.CRI,
            List.of(tp(28, Category.CRI), tp(56, Category.CRI)),
            List.of(tp(28, Category.NR), tp(56, Category.NR)),
            List.of(mrd(28, "NGS", true, 5e-5, 1e-6), mrd(56, "FLOW", false, null, 1e-4)),
            null,
            200,
            100));
    s.add(
        subject(
            "C",
            65,
            Sex.MALE,
            null,
            List.of(
                vd(BestResponse.CR, 300),
                new PriorTherapy(
                    "CAR-T",
                    List.of("tisagenlecleucel"),
                    DAY0.minusDays(200),
                    DAY0.minusDays(200),
                    null,
                    BestResponse.CR,
                    null,
                    DAY0.minusDays(170),
                    null,
                    null,
                    null)),
            true,
            "DL1",
            Category.NE,
            List.of(),
            List.of(),
            List.of(),
            null,
            100,
            null));
    s.add(
        subject(
            "D",
            null,
            null,
            null,
            List.of(),
            false,
            "DL2",
            Category.CR,
            List.of(tp(14, Category.CR), tp(42, Category.CR)),
            List.of(tp(14, Category.CR), tp(42, Category.CR)),
            List.of(mrd(14, "PCR", false, null, 1e-5)),
            120,
            null,
            null));
    s.add(notInfused());
    return new AnalysisInput("T", "test", Indication.B_ALL, DAY0.plusDays(365), s, study);
  }

  /** Vincristine + dexamethasone two years before, with this best response; PD days after end. */
  private static PriorTherapy vd(BestResponse best, int pdAfter) {
    LocalDate start = DAY0.minusDays(900);
    LocalDate end = DAY0.minusDays(800);
    return new PriorTherapy(
        "VD",
        List.of("vincristine", "dexamethasone"),
        start,
        end,
        4,
        best,
        start.plusDays(30),
        end.plusDays(pdAfter),
        StopReason.COMPLETED,
        null,
        null);
  }

  private static TimePoint tp(int day, Category c) {
    return new TimePoint(DAY0.plusDays(day), c);
  }

  private static MrdSample mrd(
      int day, String method, boolean detected, Double level, double sens) {
    return new MrdSample(DAY0.plusDays(day), method, detected, level, sens);
  }

  private static AnalysisSubject subject(
      String id,
      Integer age,
      Sex sex,
      PhStatus ph,
      List<PriorTherapy> history,
      boolean bridged,
      String dose,
      Category best,
      List<TimePoint> inv,
      List<TimePoint> irc,
      List<MrdSample> mrd,
      Integer relapse,
      Integer death,
      Integer hsct) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(40)));
    if (bridged) {
      j.add(
          new JourneyEvent.Bridging(
              DAY0.minusDays(30), DAY0.minusDays(25), List.of("vincristine")));
    }
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    if (hsct != null) {
      j.add(new JourneyEvent.Hsct(DAY0.plusDays(hsct), TransplantType.ALLO));
    }
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "infection"));
    }
    boolean resp = best == Category.CR || best == Category.CRI;
    LocalDate first = inv.isEmpty() ? null : inv.get(0).date();
    BorResult bor = new BorResult(best, first, resp, resp, resp, List.of());
    BorResult ircBor =
        irc.isEmpty()
            ? null
            : new BorResult(
                irc.get(0).category(),
                irc.get(0).date(),
                irc.get(0).category().isComplete(),
                irc.get(0).category().isComplete(),
                irc.get(0).category().isComplete(),
                List.of());
    Subject file =
        new Subject(
            id,
            null,
            age,
            sex,
            org.celltrial.clinical.study.Indication.B_ALL,
            null,
            null,
            new Cytogenetics(ph, null),
            null,
            history,
            j,
            dose,
            null,
            null,
            null,
            null);
    return new AnalysisSubject(
        id,
        j,
        death == null ? DAY0.plusDays(365) : null,
        bor,
        relapse == null ? null : DAY0.plusDays(relapse),
        null,
        null,
        -1,
        age,
        sex == null ? null : sex == Sex.MALE ? "M" : "F",
        file,
        List.of(),
        null,
        List.of(),
        List.of(),
        new ResponseCourse(inv, irc, ircBor, mrd),
        null);
  }

  private static AnalysisSubject notInfused() {
    List<JourneyEvent> j = List.of(new JourneyEvent.Enrolment(DAY0.minusDays(40)));
    Subject file =
        new Subject(
            "E",
            null,
            50,
            Sex.FEMALE,
            org.celltrial.clinical.study.Indication.B_ALL,
            null,
            null,
            new Cytogenetics(PhStatus.NEGATIVE, null),
            null,
            List.of(vd(BestResponse.PR, 300)),
            j,
            null,
            null,
            null,
            null,
            null);
    return new AnalysisSubject("E", j, null, null, null, null, null, -1, 50, "F", file);
  }
}
