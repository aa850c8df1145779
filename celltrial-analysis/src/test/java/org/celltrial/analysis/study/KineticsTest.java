package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.api.Test;

/**
 * A hand-built B-ALL study whose kinetics cells are worked out by hand below.
 *
 * <ul>
 *   <li>A (CR, DL1): day 0 BLQ, 7: 1000, 14: 500, 28: 250, 91: 100. Cmax 1000, Tmax 7, Tlast 91.
 *       AUC0–28 = 7·(0 + 1000)/2 (linear up) + 7·(1000 − 500)/ln 2 + 14·(500 − 250)/ln 2 (log down)
 *       = 3500 + 7000/ln 2. Month 3 (day ≥ 84): 100 at day 91, detectable; months 6, 12 not
 *       evaluable.
 *   <li>B (CRi, DL2): day 1: 200, 10: 4000, 28: 1000, 91 and 183 BLQ. No day-0 sample: 0 at day 0
 *       is assumed. Cmax 4000, Tmax 10, Tlast 28; BLQ after Tmax left out, so the profile ends at
 *       day 28. AUC0–28 = 1·200/2 + 9·(200 + 4000)/2 + 18·(4000 − 1000)/ln 4 = 19000 + 54000/ln 4.
 *       Months 3 and 6: BLQ samples only, not detectable; month 12 not evaluable.
 *   <li>C (NR, DL2): day 0 BLQ, 7: 300, 14: 600, 21 BLQ. Cmax 600, Tmax 14, Tlast 14; the profile
 *       ends at day 14 (BLQ left out): no AUC0–28. No sample after day 21: not evaluable.
 *   <li>D (CR, DL1): infused, no kinetics file: not in the PK set.
 * </ul>
 */
class KineticsTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
  private static final double AUC_A = 3500 + 7000 / Math.log(2);
  private static final double AUC_B = 19000 + 54000 / Math.log(4);

  @Test
  void tableCellsAreTheHandCalculations() {
    ReportTable t = Kinetics.table(input(profiles()));
    assertThat(t.set().render(Lang.EN)).contains("N = 3");
    assertThat(t.rules()).isEqualTo("G-PH-1");
    // Cmax of A, B, C: geometric mean (1000·4000·600)^(1/3), CV from the SD of the logs.
    double[] logs = {Math.log(1000), Math.log(4000), Math.log(600)};
    double mean = (logs[0] + logs[1] + logs[2]) / 3;
    double var =
        (sq(logs[0] - mean) + sq(logs[1] - mean) + sq(logs[2] - mean)) / 2; // divisor n − 1
    String cmaxGeo = f0(Math.exp(mean)) + " (" + f1(100 * Math.sqrt(Math.exp(var) - 1)) + ")";
    // AUC0–28 of A and B (C has none): geometric mean sqrt(a·b), CV with s² = (ln a − ln b)²/2.
    double aucVar = sq(Math.log(AUC_A) - Math.log(AUC_B)) / 2;
    String aucGeo =
        f0(Math.sqrt(AUC_A * AUC_B)) + " (" + f1(100 * Math.sqrt(Math.exp(aucVar) - 1)) + ")";
    String aucMedian =
        f0((AUC_A + AUC_B) / 2) + " (" + f0(Math.min(AUC_A, AUC_B)) + "–" + f0(AUC_B) + ")";
    assertThat(cells(t, "All"))
        .containsExactly(
            "All",
            "3",
            cmaxGeo,
            "1000 (600–4000)",
            "10 (7–14)",
            aucGeo,
            aucMedian,
            "28 (14–91)",
            "1/2 (50.0)",
            "0/1 (0.0)",
            "-");
    assertThat(cells(t, "Dose level DL1"))
        .containsExactly(
            "Dose level DL1",
            "1",
            "1000 (NE)",
            "1000 (1000–1000)",
            "7 (7–7)",
            f0(AUC_A) + " (NE)",
            f0(AUC_A) + " (" + f0(AUC_A) + "–" + f0(AUC_A) + ")",
            "91 (91–91)",
            "1/1 (100.0)",
            "-",
            "-");
    // DL2 = B and C: Tmax median (10 + 14)/2 = 12, Tlast (28 + 14)/2 = 21.
    assertThat(cells(t, "Dose level DL2").subList(3, 8))
        .containsExactly(
            "2300 (600–4000)", "12 (10–14)", f0(AUC_B) + " (NE)", cellOf(AUC_B), "21 (14–28)");
    // Responders A and B: Tmax (7 + 10)/2 = 8.5.
    assertThat(cells(t, "Responders").subList(1, 5))
        .containsExactly(
            "2",
            f0(Math.sqrt(1000.0 * 4000)) + " (" + f1(cv2(1000, 4000)) + ")",
            "2500 (1000–4000)",
            "8.5 (7–10)");
    assertThat(cells(t, "Non-responders").subList(1, 8))
        .containsExactly("1", "600 (NE)", "600 (600–600)", "14 (14–14)", "-", "-", "14 (14–14)");
  }

  @Test
  void oneDoseLevelGivesNoDoseRows() {
    List<AnalysisSubject> subjects = new ArrayList<>();
    subjects.add(subject("A", Category.CR, "DL1"));
    subjects.add(subject("B", Category.CRI, "DL1"));
    AnalysisInput in =
        new AnalysisInput("T", "t", Indication.B_ALL, DAY0, subjects, null, profiles());
    assertThat(Kinetics.table(in).rows())
        .extracting(r -> r.get(0).render(Lang.EN))
        .containsExactly("All", "Responders", "Non-responders");
  }

  @Test
  void absentFolderSaysNotCollected() {
    AnalysisInput in = input(null);
    ReportTable t = Kinetics.table(in);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).get(0).render(Lang.EN)).startsWith("Not collected");
    assertThat(t.rows().get(0).get(0).render(Lang.ZH)).startsWith("未收集");
    assertThat(t.rows().get(0)).hasSize(t.header().size());
    assertThat(Kinetics.expansion(in)).isEmpty();
    assertThat(StudyAnalysis.of(in).tables()).extracting(ReportTable::id).contains("kinetics");
  }

  @Test
  void expansionCurvesAreQuartilesOverNominalDays() {
    List<ExpansionCurve> curves = Kinetics.expansion(input(profiles()));
    assertThat(curves)
        .extracting(ExpansionCurve::figure)
        .containsExactly(
            "expansion-dose", "expansion-dose", "expansion-response", "expansion-response");
    ExpansionCurve responders = curves.get(2);
    assertThat(responders.label().render(Lang.EN)).isEqualTo("Responders");
    // A sampled days 0, 7, 14, 28, 91; B days 1, 10, 28, 91, 183.
    assertThat(responders.day()).containsExactly(0, 1, 7, 10, 14, 28, 91, 183);
    assertThat(responders.n()).containsExactly(1, 1, 1, 1, 1, 2, 2, 1);
    int d28 = 5;
    // Day 28: 250 and 1000; type 7: q1 = 250 + 0.25·750, median 625, q3 = 250 + 0.75·750.
    assertThat(responders.q1()[d28]).isEqualTo(437.5);
    assertThat(responders.median()[d28]).isEqualTo(625.0);
    assertThat(responders.q3()[d28]).isEqualTo(812.5);
    // Day 91: 100 and BLQ (0): median 50.
    assertThat(responders.median()[6]).isEqualTo(50.0);
  }

  @Test
  void samplesGoToTheNearestNominalDay() {
    assertThat(ExpansionCurve.NOMINAL_DAYS[ExpansionCurve.nominal(88)]).isEqualTo(91);
    assertThat(ExpansionCurve.NOMINAL_DAYS[ExpansionCurve.nominal(76)]).isEqualTo(61); // tie
    assertThat(ExpansionCurve.NOMINAL_DAYS[ExpansionCurve.nominal(77)]).isEqualTo(91);
    assertThat(ExpansionCurve.NOMINAL_DAYS[ExpansionCurve.nominal(2.5)]).isEqualTo(1); // tie
    assertThat(ExpansionCurve.NOMINAL_DAYS[ExpansionCurve.nominal(400)]).isEqualTo(365);
    assertThat(ExpansionCurve.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
    assertThat(ExpansionCurve.quantile(new double[] {5}, 0.75)).isEqualTo(5.0);
  }

  private static String cellOf(double x) {
    return f0(x) + " (" + f0(x) + "–" + f0(x) + ")";
  }

  /** Geometric CV% of two values: s² = (ln a − ln b)²/2. */
  private static double cv2(double a, double b) {
    return 100 * Math.sqrt(Math.exp(sq(Math.log(a) - Math.log(b)) / 2) - 1);
  }

  private static double sq(double x) {
    return x * x;
  }

  private static String f0(double x) {
    return String.format(Locale.ROOT, "%.0f", x);
  }

  private static String f1(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private static List<String> cells(ReportTable t, String first) {
    for (List<Message> r : t.rows()) {
      List<String> cells = r.stream().map(m -> m.render(Lang.EN)).toList();
      if (cells.get(0).equals(first)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + first);
  }

  static List<KineticProfile> profiles() {
    return List.of(
        new KineticProfile(
            "A", new double[] {0, 7, 14, 28, 91}, new double[] {0, 1000, 500, 250, 100}),
        new KineticProfile(
            "B", new double[] {1, 10, 28, 91, 183}, new double[] {200, 4000, 1000, 0, 0}),
        new KineticProfile("C", new double[] {0, 7, 14, 21}, new double[] {0, 300, 600, 0}));
  }

  private static AnalysisInput input(List<KineticProfile> kinetics) {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(subject("A", Category.CR, "DL1"));
    s.add(subject("B", Category.CRI, "DL2"));
    s.add(subject("C", Category.NR, "DL2"));
    s.add(subject("D", Category.CR, "DL1"));
    return new AnalysisInput("T", "t", Indication.B_ALL, DAY0.plusDays(365), s, null, kinetics);
  }

  private static AnalysisSubject subject(String id, Category best, String dose) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    boolean resp = best == Category.CR || best == Category.CRI;
    BorResult bor = new BorResult(best, DAY0.plusDays(28), resp, resp, resp, List.of());
    Subject source =
        new Subject(
            id,
            null,
            30,
            null,
            org.celltrial.clinical.study.Indication.B_ALL,
            null,
            null,
            null,
            null,
            null,
            j,
            dose,
            null,
            null,
            null,
            null);
    return new AnalysisSubject(
        id, j, DAY0.plusDays(365), bor, null, null, null, -1, null, null, source);
  }
}
