package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.analysis.adam.Adtte;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.celltrial.stats.survival.Landmark;
import org.celltrial.stats.survival.Quantile;
import org.junit.jupiter.api.Test;

/**
 * PFS and DOR by the IRC, investigator-versus-IRC progression, and sustained MRD negativity
 * (G-EP-1, G-EP-7, G-EP-10) on a hand-built MM study of seven infused subjects, infusion 2024-01-10
 * (day 0), cut-off day 800; S1, S2, S6 bridged. Kaplan–Meier values and Clopper–Pearson limits from
 * R (irc-mrd-reference.R, output irc-mrd-reference.json); counts by hand.
 *
 * <pre>
 * subj investigator (day: category)     inv PD  IRC reads                      IRC PD  death alive
 * S1   28 CR 90 CR 180 CR 365 CR 400 PD  400     28 CR 90 CR 180 CR 365 CR 430 PD  430   -     500
 * S2   28 CR 90 CR 180 CR 400 CR         -       28 CR 90 CR 180 CR 400 CR 430 NE  -     -     500
 * S3   28 VGPR 90 CR 180 CR 365 CR 480 PD 480    28 VGPR 90 CR 180 CR 365 CR 470 PD 470  -     500
 * S4   28 CR 90 CR 180 CR 200 PD         200     28 CR 90 CR 180 CR 200 NE         -     -     500
 * S5   28 CR 90 CR 180 CR                -       28 VGPR 90 VGPR 150 PD            150   250   -
 * S6   28 PR 120 PD                      120     28 PR 120 PD                      120   -     500
 * S7   28 CR 180 CR 400 CR 590 CR        -       (not read by the IRC)             -     -     700
 * </pre>
 *
 * MRD (NGS unless stated, nothing detected at 1e-5 unless stated): S1 days 28, 393 (2025-02-06: 365
 * days but before the anniversary 2025-02-07, vector IMW-19: not sustained); S2 days 28, 394 (the
 * anniversary: sustained from 2025-02-07); S3 day 28 (in VGPR: does not count), 90, 400 (not a year
 * after day 90: not sustained; it would be after day 28); S4 day 28 at 1e-4 (not evaluable), day 90
 * (negative, not sustained); S5, S6 none; S7 days 28, 200 detected 1e-4, 230, 420, 600 (the
 * positive restarts the run at day 230: sustained from day 600, not 420, IMW-21).
 */
class IrcMrdTablesTest {
  static final LocalDate DAY0 = LocalDate.of(2024, 1, 10);
  private static final JsonNode R =
      Reference.json(IrcMrdTablesTest.class, "irc-mrd-reference.json");

  /**
   * Observations by hand (days): PFS-IRC S1 430 PD, S2 400 censored at the IRC's last adequate read
   * (430 is NE), S3 470 PD, S4 180 censored (200 NE), S5 150 PD (before death 250), S6 120 PD;
   * DOR-IRC the same minus the IRC's first date of its best response (S3 90, others 28); S7 none.
   */
  @Test
  void ircObservationsAreHandDerived() {
    List<String> got = new ArrayList<>();
    for (TteRecord r : TteRecord.of(input())) {
      if (r.endpoint().endsWith("IRC")) {
        got.add(
            r.endpoint()
                + " "
                + r.subject().id()
                + " "
                + r.days()
                + " "
                + (r.event() ? 1 : 0)
                + " "
                + r.reason());
      }
    }
    assertThat(got)
        .containsExactly(
            "PFSIRC S1 430 1 PROGRESSION",
            "PFSIRC S2 400 0 LAST_ASSESSMENT",
            "PFSIRC S3 470 1 PROGRESSION",
            "PFSIRC S4 180 0 LAST_ASSESSMENT",
            "PFSIRC S5 150 1 PROGRESSION",
            "PFSIRC S6 120 1 PROGRESSION",
            "DORIRC S1 402 1 PROGRESSION",
            "DORIRC S2 372 0 LAST_ASSESSMENT",
            "DORIRC S3 380 1 PROGRESSION",
            "DORIRC S4 152 0 LAST_ASSESSMENT",
            "DORIRC S5 122 1 PROGRESSION",
            "DORIRC S6 92 1 PROGRESSION");
  }

  @Test
  void kaplanMeierOfEveryEndpointMatchesR() {
    AnalysisInput in = input();
    List<AnalysisSubject> mitt = Sets.MITT.of(in.subjects());
    List<AnalysisSubject> bridged = mitt.stream().filter(Sets::bridged).toList();
    List<AnalysisSubject> notBridged = mitt.stream().filter(s -> !Sets.bridged(s)).toList();
    check("pfsIrc", mitt, TimeToEvent.Endpoint.PFSIRC);
    check("pfsIrcBridged", bridged, TimeToEvent.Endpoint.PFSIRC);
    check("pfsIrcNotBridged", notBridged, TimeToEvent.Endpoint.PFSIRC);
    check("dorIrc", mitt, TimeToEvent.Endpoint.DORIRC);
    check("dorIrcBridged", bridged, TimeToEvent.Endpoint.DORIRC);
    check("dorIrcNotBridged", notBridged, TimeToEvent.Endpoint.DORIRC);
    check("pfs", mitt, TimeToEvent.Endpoint.PFS);
    check("dor", mitt, TimeToEvent.Endpoint.DOR);
  }

  @Test
  void timeToEventTableShowsTheIrcRowsBesideTheInvestigators() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(row(a, "time-to-event", "Progression-free survival by IRC (PFS-IRC)"))
        .containsExactly(
            "Progression-free survival by IRC (PFS-IRC)",
            "All",
            "6",
            "4",
            cell("pfsIrc", "median", "lower", "upper"),
            cell("pfsIrc", "rate6", "rate6Lower", "rate6Upper"),
            cell("pfsIrc", "rate12", "rate12Lower", "rate12Upper"));
    assertThat(row(a, "time-to-event", "Duration of response by IRC (DOR-IRC)"))
        .containsExactly(
            "Duration of response by IRC (DOR-IRC)",
            "All",
            "6",
            "4",
            cell("dorIrc", "median", "lower", "upper"),
            cell("dorIrc", "rate6", "rate6Lower", "rate6Upper"),
            cell("dorIrc", "rate12", "rate12Lower", "rate12Upper"));
    assertThat(row(a, "time-to-event", "Progression-free survival (PFS)").get(2)).isEqualTo("7");
    assertThat(table(a, "time-to-event").rules()).isEqualTo("G-EP-1, G-EP-10, G-BR-3");
  }

  /**
   * a1 = S6 (both day 120), a2 = S3 (IRC 470 before the investigator's 480), a3 = S1 (IRC 430 after
   * 400), b = S4, c = S5, d = S2; S7 not read. All: agreement (3 + 1) / 6 = 66.7 %, EDR (a3 + b) /
   * (a + b) = 2 / 4 = 50.0 %, LDR (a2 + c) / (a2 + a3 + b + c) = 2 / 4 = 50.0 %. Bridged (S1, S2,
   * S6): a1 = a3 = d = 1: 3 / 3 = 100.0 %, EDR 1 / 2, LDR 0 / 1. Not bridged (S3, S4, S5): a2 = b =
   * c = 1: 1 / 3 = 33.3 %, EDR 1 / 2, LDR 2 / 3 = 66.7 %.
   */
  @Test
  void progressionConcordanceCountsAndDiscrepancyRates() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(cells(a, "irc-progression"))
        .containsExactly(
            List.of("All", "6", "3 (1 / 1 / 1)", "1", "1", "1", "66.7", "50.0", "50.0"),
            List.of("Bridged", "3", "2 (1 / 0 / 1)", "0", "0", "1", "100.0", "50.0", "0.0"),
            List.of("Not bridged", "3", "1 (0 / 1 / 0)", "1", "1", "0", "33.3", "50.0", "66.7"));
    assertThat(IrcProgression.counts(List.of()).early()).isNaN();
  }

  /**
   * MRD-negative: S1, S2, S3, S4, S7 = 5 / 7 (bridged S1, S2 of 3; not bridged S3, S4, S7 of 4).
   * Sustained: S2 and S7 = 2 / 7 = 28.6 % (bridged 1 / 3 = 33.3 %, not bridged 1 / 4 = 25.0 %).
   */
  @Test
  void sustainedMrdNegativityRateAndInterval() {
    StudyAnalysis a = StudyAnalysis.of(input());
    assertThat(cells(a, "mrd-sustained"))
        .containsExactly(
            List.of("All", "7", "5 (71.4)", "2 (28.6)", ci("all")),
            List.of("Bridged", "3", "2 (66.7)", "1 (33.3)", ci("bridged")),
            List.of("Not bridged", "4", "3 (75.0)", "1 (25.0)", ci("notBridged")));
    List<AnalysisSubject> s = input().subjects();
    assertThat(s.stream().map(SustainedMrd::from).toList())
        .containsExactly(null, DAY0.plusDays(394), null, null, null, null, DAY0.plusDays(600));
    assertThat(table(a, "mrd-sustained").rules()).isEqualTo("G-EP-7, G-BR-3");
  }

  @Test
  void noSustainedTableOutsideMmAndNoIrcRowsWithoutIrcReads() {
    AnalysisInput mm = input();
    AnalysisInput all =
        new AnalysisInput("T", "test", Indication.B_ALL, mm.cutoff(), mm.subjects(), null, null);
    assertThat(SustainedMrd.tables(Sets.MITT.of(all.subjects()), Indication.B_ALL, mm.cutoff()))
        .isEmpty();
    List<AnalysisSubject> s7 = List.of(mm.subjects().get(6));
    assertThat(IrcProgression.tables(s7, mm.cutoff())).isEmpty();
    assertThat(TimeToEvent.data(s7, TimeToEvent.Endpoint.PFSIRC, mm.cutoff(), false).time())
        .isEmpty();
  }

  /** B-ALL names the IRC's EFS EFSIRC; ADTTE labels and describes the IRC's records. */
  @Test
  void adtteCarriesTheIrcParameters() {
    AnalysisInput mm = input();
    List<List<Object>> rows = Adtte.of(mm).rows();
    assertThat(rows)
        .filteredOn(r -> r.get(2).equals("PFSIRC") && r.get(1).equals("T-S2"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get(3)).isEqualTo("Progression-Free Survival by IRC (Days)");
              assertThat(r.get(5)).isEqualTo("2025-02-13");
              assertThat(r.get(6)).isEqualTo(400L);
              assertThat(r.get(8)).isEqualTo(1L);
              assertThat(r.get(9)).isEqualTo("LAST ADEQUATE ASSESSMENT BY IRC");
              assertThat(r.get(10)).isEqualTo("LAST ADEQUATE ASSESSMENT BY IRC");
            });
    assertThat(rows).filteredOn(r -> r.get(2).equals("DORIRC")).hasSize(6);
    AnalysisInput all =
        new AnalysisInput("T", "test", Indication.B_ALL, mm.cutoff(), mm.subjects(), null, null);
    assertThat(Adtte.of(all).rows().stream().map(r -> r.get(2)).distinct())
        .containsExactly("OS", "EFS", "DOR", "EFSIRC", "DORIRC");
  }

  /** An IRC read with no evaluable category censors PFS-IRC at the origin (day 0). */
  @Test
  void noAdequateIrcAssessmentCensorsAtTheOrigin() {
    AnalysisSubject s =
        subject(
            "S8",
            false,
            List.of(tp(28, Category.SD)),
            List.of(tp(28, Category.NE)),
            List.of(),
            null,
            null,
            500);
    TteRecord r = TimeToEvent.observe(s, TimeToEvent.Endpoint.PFSIRC, DAY0.plusDays(800), false);
    assertThat(r.days()).isZero();
    assertThat(r.event()).isFalse();
    assertThat(r.reason()).isEqualTo(TteRecord.Reason.NO_ASSESSMENT);
  }

  private static void check(String ref, List<AnalysisSubject> set, TimeToEvent.Endpoint e) {
    TimeToEvent.Data d = TimeToEvent.data(set, e, DAY0.plusDays(800), false);
    JsonNode r = R.at("/" + ref);
    assertThat(d.time().length).as(ref).isEqualTo(r.at("/n").asInt());
    KmCurve km = KaplanMeier.fit(d.time(), d.status(), null, ConfType.LOG, 0.95);
    Quantile m = km.median();
    Reference.assertClose(ref + " median", m.estimate(), r.at("/median"));
    Reference.assertClose(ref + " lower", m.lower(), r.at("/lower"));
    assertThat(m.upper()).as(ref + " upper").isNaN();
    List<Landmark> lm = km.landmarks(6, 12);
    for (int i = 0; i < 2; i++) {
      String k = i == 0 ? "rate6" : "rate12";
      Reference.assertClose(ref + " " + k, lm.get(i).surv(), r.at("/" + k));
      Reference.assertClose(ref + " " + k + "Lower", lm.get(i).lower(), r.at("/" + k + "Lower"));
      Reference.assertClose(ref + " " + k + "Upper", lm.get(i).upper(), r.at("/" + k + "Upper"));
    }
  }

  private static String cell(String ref, String est, String lo, String hi) {
    JsonNode r = R.at("/" + ref);
    boolean rate = est.startsWith("rate");
    return rate
        ? Fmt.percent(r.at("/" + est).asDouble())
            + " ("
            + Fmt.interval(r.at("/" + lo).asDouble(), r.at("/" + hi).asDouble())
            + ")"
        : Fmt.number(r.at("/" + est).asDouble(), 1)
            + " ("
            + Fmt.number(r.at("/" + lo).asDouble(), 1)
            + "–"
            + (r.at("/" + hi).isNull() ? "NE" : Fmt.number(r.at("/" + hi).asDouble(), 1))
            + ")";
  }

  private static String ci(String ref) {
    return Fmt.interval(
        R.at("/sustained/" + ref + "/0").asDouble(), R.at("/sustained/" + ref + "/1").asDouble());
  }

  private static ReportTable table(StudyAnalysis a, String id) {
    return a.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<List<String>> cells(StudyAnalysis a, String id) {
    return table(a, id).rows().stream()
        .map(r -> r.stream().map(m -> m.render(Lang.EN)).toList())
        .toList();
  }

  private static List<String> row(StudyAnalysis a, String id, String first) {
    return cells(a, id).stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
  }

  static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(
        subject(
            "S1",
            true,
            tps(28, "CR", 90, "CR", 180, "CR", 365, "CR", 400, "PD"),
            tps(28, "CR", 90, "CR", 180, "CR", 365, "CR", 430, "PD"),
            List.of(neg(28, 1e-5), neg(393, 1e-5)),
            400,
            null,
            500));
    s.add(
        subject(
            "S2",
            true,
            tps(28, "CR", 90, "CR", 180, "CR", 400, "CR"),
            tps(28, "CR", 90, "CR", 180, "CR", 400, "CR", 430, "NE"),
            List.of(neg(28, 1e-5), neg(394, 1e-5)),
            null,
            null,
            500));
    s.add(
        subject(
            "S3",
            false,
            tps(28, "VGPR", 90, "CR", 180, "CR", 365, "CR", 480, "PD"),
            tps(28, "VGPR", 90, "CR", 180, "CR", 365, "CR", 470, "PD"),
            List.of(neg(28, 1e-5), neg(90, 1e-5), neg(400, 1e-5)),
            480,
            null,
            500));
    s.add(
        subject(
            "S4",
            false,
            tps(28, "CR", 90, "CR", 180, "CR", 200, "PD"),
            tps(28, "CR", 90, "CR", 180, "CR", 200, "NE"),
            List.of(neg(28, 1e-4), neg(90, 1e-5)),
            200,
            null,
            500));
    s.add(
        subject(
            "S5",
            false,
            tps(28, "CR", 90, "CR", 180, "CR"),
            tps(28, "VGPR", 90, "VGPR", 150, "PD"),
            List.of(),
            null,
            250,
            null));
    s.add(
        subject(
            "S6",
            true,
            tps(28, "PR", 120, "PD"),
            tps(28, "PR", 120, "PD"),
            List.of(),
            120,
            null,
            500));
    s.add(
        subject(
            "S7",
            false,
            tps(28, "CR", 180, "CR", 400, "CR", 590, "CR"),
            List.of(),
            List.of(
                neg(28, 1e-5),
                new MrdSample(DAY0.plusDays(200), "NGS", true, 1e-4, 1e-5),
                neg(230, 1e-5),
                neg(420, 1e-5),
                neg(600, 1e-5)),
            null,
            null,
            700));
    return new AnalysisInput("T", "test", Indication.MM, DAY0.plusDays(800), s, null, null);
  }

  static TimePoint tp(int day, Category c) {
    return new TimePoint(DAY0.plusDays(day), c);
  }

  /** Time points from pairs day, category label. */
  private static List<TimePoint> tps(Object... dayCategory) {
    List<TimePoint> out = new ArrayList<>();
    for (int i = 0; i < dayCategory.length; i += 2) {
      out.add(tp((Integer) dayCategory[i], category((String) dayCategory[i + 1])));
    }
    return out;
  }

  private static Category category(String label) {
    for (Category c : Category.values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException(label);
  }

  private static MrdSample neg(int day, double sensitivity) {
    return new MrdSample(DAY0.plusDays(day), "NGS", false, null, sensitivity);
  }

  /** The best response of time points: the best category, first seen (PR or better responds). */
  private static BorResult best(List<TimePoint> points) {
    if (points.isEmpty()) {
      return null;
    }
    TimePoint b = points.get(0);
    for (TimePoint p : points) {
      if (p.category().ordinal() < b.category().ordinal()) {
        b = p;
      }
    }
    Category c = b.category();
    boolean orr = c.ordinal() <= Category.PR.ordinal();
    return new BorResult(c, b.date(), orr, c.isComplete(), orr, List.of());
  }

  static AnalysisSubject subject(
      String id,
      boolean bridged,
      List<TimePoint> inv,
      List<TimePoint> irc,
      List<MrdSample> mrd,
      Integer progression,
      Integer death,
      Integer alive) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(40)));
    if (bridged) {
      j.add(new JourneyEvent.Bridging(DAY0.minusDays(30), DAY0.minusDays(25), List.of("dara")));
    }
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "progression"));
    }
    return new AnalysisSubject(
        id,
        j,
        alive == null ? null : DAY0.plusDays(alive),
        best(inv),
        progression == null ? null : DAY0.plusDays(progression),
        null,
        null,
        -1,
        60,
        "M",
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        new ResponseCourse(inv, irc, best(irc), mrd),
        null);
  }
}
