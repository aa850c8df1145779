package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.controls.Indication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hand-built LBCL study of five subjects, all infused on day 0 (2024-01-01) but E, data cut-off
 * day 365. Months are days / 30.4375.
 *
 * <ul>
 *   <li>A: bridged, 50 y, male; baseline SPD 100 cm²; PR day 30 (SPD 40), CR day 91 (SPD 0); alive
 *       at day 365.
 *   <li>B: not bridged, 70 y, female; SPD 100; SD day 30 (120), PD day 60 (160); dies day 150.
 *   <li>C: bridged, 66 y, female; SPD 100; PR day 30 (50); HSCT day 120; CR day 150 (0, after HSCT:
 *       outside the best-response window); last contact day 200, lost to follow-up day 200.
 *   <li>D: not bridged, 40 y, male; no response file; dies day 20. CRS day 0 for 3 days grade 4,
 *       ICANS day 2 for 2 days grade 1.
 *   <li>E: enrolled, never infused.
 * </ul>
 */
class FiguresTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
  private static final double M = 30.4375;

  @Test
  void numbersAtRiskCountTimesAtOrAfterEachTick() {
    List<Figure> figures = Figures.of(StudyAnalysis.of(input()));
    KaplanMeierFigure os = (KaplanMeierFigure) figures.get(0);
    // OS times: A 365/M = 11.99 censored, B 150/M = 4.93 death, C 200/M = 6.57 censored,
    // D 20/M = 0.66 death. Longest 11.99 <= 24: ticks every 3 months up to 12.
    assertThat(os.months()).containsExactly(0, 3, 6, 9, 12);
    assertThat(os.curves())
        .extracting(c -> c.label().render(Lang.EN))
        .containsExactly("All", "Bridged", "Not bridged");
    // All: at 0 all 4; at 3 A, B, C; at 6 A, C (6.57); at 9 A; at 12 nobody (11.99 < 12).
    // R (survival 3.5-3) agrees: t <- c(365, 150, 200, 20) / 30.4375; s <- c(0, 1, 0, 1);
    // summary(survfit(Surv(t, s) ~ 1), times = c(0, 3, 6, 9, 12), extend = TRUE)$n.risk
    // gives 4 3 2 1 0.
    assertThat(os.atRisk().get(0)).containsExactly(4, 3, 2, 1, 0);
    // Bridged A, C: 2, 2, 2 (C 6.57 >= 6), 1, 0. Not bridged B, D: 2, 1 (B 4.93), 0, 0, 0.
    assertThat(os.atRisk().get(1)).containsExactly(2, 2, 2, 1, 0);
    assertThat(os.atRisk().get(2)).containsExactly(2, 1, 0, 0, 0);
    // Censoring ticks of "All": S = 3/4 after D, 3/4 * 2/3 = 1/2 after B; C (6.57) and A (11.99)
    // are censored at 1/2.
    CurveSeries marks = os.censored().get(0);
    assertThat(marks.time()).containsExactly(200 / M, 365 / M);
    assertThat(marks.value()).containsExactly(0.5, 0.5);
    KaplanMeierFigure pfs = (KaplanMeierFigure) figures.get(1);
    // PFS: B's event moves to its progression, day 60 = 1.97 months: at 3 only A and C remain.
    assertThat(pfs.atRisk().get(0)).containsExactly(4, 2, 2, 1, 0);
    assertThat(pfs.title().render(Lang.EN)).contains("Progression-free survival (PFS)");
  }

  @ParameterizedTest
  @CsvSource({"0, 3", "2.9, 3", "3, 3", "3.01, 6", "24, 24", "24.01, 30", "48, 48", "48.01, 60"})
  void ticksStepThreeSixOrTwelveMonths(double max, int last) {
    List<Integer> t = Figures.ticks(max);
    int step = t.get(1) - t.get(0);
    assertThat(t.get(0)).isZero();
    assertThat(t.get(t.size() - 1)).isEqualTo(last);
    assertThat(step).isEqualTo(max <= 24 ? 3 : max <= 48 ? 6 : 12);
  }

  @Test
  void swimmerBarsRunFromInfusionToDeathOrLastContact() {
    SwimmerFigure f = figure(SwimmerFigure.class);
    // Longest first: A 365, C 200, B 150, D 20 days; E is not infused.
    assertThat(f.lanes())
        .extracting(SwimmerFigure.Lane::subject)
        .containsExactly("A", "C", "B", "D");
    SwimmerFigure.Lane a = f.lanes().get(0);
    assertThat(a.months()).isCloseTo(365 / M, within(1e-12));
    assertThat(a.ongoing()).isTrue();
    assertThat(a.best()).isEqualTo(Category.CR);
    assertThat(a.markers())
        .containsExactly(
            new SwimmerFigure.Marker(SwimmerFigure.Kind.PARTIAL_RESPONSE, 30 / M),
            new SwimmerFigure.Marker(SwimmerFigure.Kind.COMPLETE_RESPONSE, 91 / M));
    SwimmerFigure.Lane c = f.lanes().get(1);
    // C's CR on day 150 follows its HSCT on day 120: no complete-response marker; lost: no arrow.
    assertThat(c.months()).isCloseTo(200 / M, within(1e-12));
    assertThat(c.ongoing()).isFalse();
    assertThat(c.markers())
        .containsExactly(
            new SwimmerFigure.Marker(SwimmerFigure.Kind.PARTIAL_RESPONSE, 30 / M),
            new SwimmerFigure.Marker(SwimmerFigure.Kind.HSCT, 120 / M));
    SwimmerFigure.Lane b = f.lanes().get(2);
    assertThat(b.months()).isCloseTo(150 / M, within(1e-12));
    assertThat(b.ongoing()).isFalse();
    assertThat(b.markers())
        .containsExactly(
            new SwimmerFigure.Marker(SwimmerFigure.Kind.PROGRESSION, 60 / M),
            new SwimmerFigure.Marker(SwimmerFigure.Kind.DEATH, 150 / M));
    SwimmerFigure.Lane d = f.lanes().get(3);
    assertThat(d.best()).isEqualTo(Category.NE);
    assertThat(d.markers())
        .containsExactly(new SwimmerFigure.Marker(SwimmerFigure.Kind.DEATH, 20 / M));
    assertThat(f.months()).containsExactly(0, 3, 6, 9, 12);
  }

  @Test
  void waterfallTakesTheBestChangeInsideTheResponseWindow() {
    WaterfallFigure w = figure(WaterfallFigure.class);
    // B: min(+20, +60) = +20; C: -50 (its -100 after HSCT is outside the window);
    // A: min(-60, -100) = -100; D has no baseline. Largest increase first.
    assertThat(w.bars())
        .containsExactly(
            new WaterfallFigure.Bar("B", 20.0, Category.SD),
            new WaterfallFigure.Bar("C", -50.0, Category.PR),
            new WaterfallFigure.Bar("A", -100.0, Category.CR));
    assertThat(w.thresholds()).containsExactly(-50.0);
    assertThat(w.notes().get(1).render(Lang.EN)).startsWith("3 of 4 infused subjects");
  }

  @Test
  void measurableSerumMProteinIsHalfAGramPerDecilitre() {
    // IMWG 2016 measurable: just below 0.5 g/dL out, at 0.5 in.
    assertThat(WaterfallPlot.bar(mm("X", 0.49), WaterfallPlot.MEASURABLE_SERUM_M)).isNull();
    WaterfallFigure.Bar at = WaterfallPlot.bar(mm("Y", 0.5), WaterfallPlot.MEASURABLE_SERUM_M);
    // 0.5 -> 0.1 g/dL: 100 (0.1 - 0.5) / 0.5 = -80 %.
    assertThat(at.percent()).isCloseTo(-80.0, within(1e-12));
  }

  @Test
  void waterfallSampleKeepsFirstAndLastAtEvenRanks() {
    List<WaterfallFigure.Bar> sorted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sorted.add(new WaterfallFigure.Bar("S" + i, 10 - i, Category.SD));
    }
    // k = 4 of n = 7: ranks round(i * 6 / 3) = 0, 2, 4, 6.
    assertThat(WaterfallPlot.sample(sorted, 4))
        .extracting(WaterfallFigure.Bar::subject)
        .containsExactly("S0", "S2", "S4", "S6");
  }

  @Test
  void toxicityTimelineClipsEpisodesToDayThirty() {
    ToxicityTimelineFigure t = figure(ToxicityTimelineFigure.class);
    // D onset day 0, A day 1, B day 28; C's only episode starts on day 35 and is left out.
    assertThat(t.lanes())
        .extracting(ToxicityTimelineFigure.Lane::subject)
        .containsExactly("D", "A", "B");
    // D: CRS days 0..0+3-1 = 2 grade 4; ICANS 2..3 grade 1.
    assertThat(t.lanes().get(0).crs()).containsExactly(new ToxicityTimelineFigure.Span(0, 2, 4));
    assertThat(t.lanes().get(0).icans()).containsExactly(new ToxicityTimelineFigure.Span(2, 3, 1));
    // A: CRS day 1 for 5 days: 1..5 grade 2.
    assertThat(t.lanes().get(1).crs()).containsExactly(new ToxicityTimelineFigure.Span(1, 5, 2));
    // B: ICANS day 28 for 10 days: 28..37 clipped to 28..30 grade 3.
    assertThat(t.lanes().get(2).icans())
        .containsExactly(new ToxicityTimelineFigure.Span(28, 30, 3));
    assertThat(t.notes().get(1).render(Lang.EN)).startsWith("3 of 4 infused subjects");
  }

  @Test
  void forestRatesAndExactIntervalsByHand() {
    StudyAnalysis a = StudyAnalysis.of(input());
    ForestFigure f = figure(ForestFigure.class);
    assertThat(f.rows())
        .extracting(r -> r.level().render(Lang.EN) + " " + r.responders() + "/" + r.n())
        .containsExactly("< 65 years 1/2", ">= 65 years 1/2", "Bridged 2/2", "Not bridged 0/2");
    // Clopper-Pearson 95 %: 1/2 lower solves 1-(1-p)^2 = 0.025, p = 1 - sqrt(0.975);
    // 2/2 lower = 0.025^(1/2); 0/2 upper = 1 - 0.025^(1/2).
    SubgroupEstimate young = f.rows().get(0);
    assertThat(young.rate()).isEqualTo(0.5);
    assertThat(young.lower()).isCloseTo(1 - Math.sqrt(0.975), within(1e-9));
    assertThat(young.upper()).isCloseTo(Math.sqrt(0.975), within(1e-9));
    assertThat(f.rows().get(2).lower()).isCloseTo(Math.sqrt(0.025), within(1e-9));
    assertThat(f.rows().get(2).upper()).isEqualTo(1.0);
    assertThat(f.rows().get(3).upper()).isCloseTo(1 - Math.sqrt(0.025), within(1e-9));
    // Subtype and prior lines are unknown without subject files: those groupings are left out.
    // Overall 2 responders (A CR, C PR) of 4 infused.
    assertThat(f.overall()).isEqualTo(0.5);
    assertThat(f.target()).isEqualTo(a.target().p0());
  }

  @Test
  void everyFigureNamesItsSetAndGuideline() {
    for (Figure f : Figures.of(StudyAnalysis.of(input()))) {
      assertThat(f.rules()).startsWith("G-");
      assertThat(f.set().render(Lang.ZH)).isNotBlank();
      assertThat(f.title().render(Lang.ZH)).isNotEqualTo(f.title().render(Lang.EN));
    }
  }

  @Test
  void sameInputSameFigures() {
    assertThat(Figures.of(StudyAnalysis.of(input())))
        .isEqualTo(Figures.of(StudyAnalysis.of(input())));
  }

  private static <T extends Figure> T figure(Class<T> kind) {
    return Figures.of(StudyAnalysis.of(input())).stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .findFirst()
        .orElseThrow();
  }

  static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(
        subject(
            "A",
            true,
            50,
            "M",
            Category.CR,
            91,
            365,
            List.of(visit(30, Category.PR, 40.0), visit(91, Category.CR, 0.0)),
            null,
            null,
            List.of(new GradingEpisode(1, 5, 2)),
            List.of(),
            List.of()));
    s.add(
        subject(
            "B",
            false,
            70,
            "F",
            Category.SD,
            30,
            150,
            List.of(visit(30, Category.SD, 120.0), visit(60, Category.PD, 160.0)),
            60,
            150,
            List.of(),
            List.of(new GradingEpisode(28, 10, 3)),
            List.of()));
    s.add(
        subject(
            "C",
            true,
            66,
            "F",
            Category.PR,
            30,
            200,
            List.of(visit(30, Category.PR, 50.0), visit(150, Category.CR, 0.0)),
            null,
            null,
            List.of(new GradingEpisode(35, 2, 1)),
            List.of(),
            List.of(
                new JourneyEvent.Hsct(DAY0.plusDays(120), null),
                new JourneyEvent.LostToFollowUp(DAY0.plusDays(200)))));
    s.add(
        subject(
            "D",
            false,
            40,
            "M",
            null,
            0,
            20,
            List.of(),
            null,
            20,
            List.of(new GradingEpisode(0, 3, 4)),
            List.of(new GradingEpisode(2, 2, 1)),
            List.of()));
    List<JourneyEvent> e = List.of(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    s.add(new AnalysisSubject("E", e, null, null, null, null, null, -1, 55, "M", null));
    return new AnalysisInput("F", "figures", Indication.LBCL, DAY0.plusDays(365), s, null);
  }

  private static ResponseVisit visit(int day, Category c, Double spd) {
    return new ResponseVisit(DAY0.plusDays(day), c, spd);
  }

  private static AnalysisSubject mm(String id, double baseline) {
    List<JourneyEvent> j = List.of(new JourneyEvent.Infusion(DAY0, null, null, null));
    return new AnalysisSubject(
        id,
        j,
        null,
        null,
        null,
        null,
        null,
        -1,
        null,
        null,
        null,
        List.of(visit(30, Category.PR, 0.1)),
        baseline,
        List.of(),
        List.of(),
        null,
        null);
  }

  private static AnalysisSubject subject(
      String id,
      boolean bridged,
      int age,
      String sex,
      Category best,
      int bestDay,
      int end,
      List<ResponseVisit> visits,
      Integer progression,
      Integer death,
      List<GradingEpisode> crs,
      List<GradingEpisode> icans,
      List<JourneyEvent> more) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    if (bridged) {
      j.add(new JourneyEvent.Bridging(DAY0.minusDays(20), DAY0.minusDays(15), List.of("R-GemOx")));
    }
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    j.addAll(more);
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "disease"));
    }
    BorResult bor =
        best == null
            ? null
            : new BorResult(
                best,
                DAY0.plusDays(bestDay),
                best.isObjectiveResponse(),
                best.isComplete(),
                true,
                List.of());
    return new AnalysisSubject(
        id,
        j,
        death == null ? DAY0.plusDays(end) : null,
        bor,
        progression == null ? null : DAY0.plusDays(progression),
        null,
        null,
        -1,
        age,
        sex,
        null,
        visits,
        visits.isEmpty() ? null : 100.0,
        crs,
        icans,
        null,
        null);
  }
}
