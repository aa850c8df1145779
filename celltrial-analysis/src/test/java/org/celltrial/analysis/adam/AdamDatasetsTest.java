package org.celltrial.analysis.adam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.celltrial.analysis.cdisc.DataType;
import org.celltrial.analysis.cdisc.Dataset;
import org.celltrial.analysis.study.AnalysisInput;
import org.celltrial.analysis.study.AnalysisSubject;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.design.controls.Indication;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.Quantile;
import org.junit.jupiter.api.Test;

/**
 * A hand-built B-ALL study (EFS: no remission is an event). Day 0 = 2024-01-01 = infusion of A–D;
 * best response assessed day 28 (2024-01-29); data cut-off day 365 (2024-12-31).
 *
 * <ul>
 *   <li>A: CR, relapse day 182 (2024-07-01), alive day 365: OS censored 365; EFS event 182
 *       (relapse); DOR 28 → 182 = 154, event.
 *   <li>B: NR, alive day 365: OS censored 365; EFS event 28 (no remission); no DOR.
 *   <li>C: CR, death day 100 (2024-04-10): OS, EFS event 100 (death); DOR 28 → 100 = 72, event.
 *   <li>D: CRi, no contact recorded: censored at the cut-off, OS and EFS 365, DOR 337.
 *   <li>E: enrolled and leukapheresed, not infused, died day 50 (2024-02-20): in ADSL only.
 * </ul>
 */
class AdamDatasetsTest {
  private static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
  private static final String ALIVE = "LAST DATE KNOWN ALIVE";

  /**
   * EFFFL: A and B have a response assessment after the infusion day (sources below), C has none
   * but died (day 100), D has none and is alive: not response-evaluable; E was never infused.
   * DLTEVLFL is empty: the input has no study file, hence no DLT definition. Enrolment day −30 =
   * 2023-12-02, leukapheresis day −28 = 2023-12-04.
   */
  @Test
  void adslFlagsFollowTheJourney() {
    Dataset adsl = Adsl.of(input(), sources());
    assertThat(adsl.rows())
        .containsExactly(
            adsl("A", "Y", "Y", "N", "NOT BRIDGED", "2024-01-01", null, null, "CR"),
            adsl("B", "Y", "Y", "N", "NOT BRIDGED", "2024-01-01", null, null, "NR"),
            adsl("C", "Y", "Y", "Y", "BRIDGED", "2024-01-01", "2024-04-10", "Y", "CR"),
            adsl("D", "Y", "N", "N", "NOT BRIDGED", "2024-01-01", null, null, "CRi"),
            adsl("E", "N", "N", null, null, null, "2024-02-20", "Y", null));
  }

  @Test
  void adtteHoldsTheHandDerivedTimesAndCensoring() {
    Dataset adtte = Adtte.of(input());
    String os = "Overall Survival (Days)";
    String efs = "Event-Free Survival (Days)";
    String dor = "Duration of Response (Days)";
    assertThat(adtte.rows())
        .containsExactly(
            tte("A", "OS", os, "2024-01-01", "2024-12-31", 365, 1, ALIVE),
            tte("B", "OS", os, "2024-01-01", "2024-12-31", 365, 1, ALIVE),
            tte("C", "OS", os, "2024-01-01", "2024-04-10", 100, 0, "DEATH"),
            tte("D", "OS", os, "2024-01-01", "2024-12-31", 365, 1, "DATA CUT-OFF"),
            tte(
                "A",
                "EFS",
                efs,
                "2024-01-01",
                "2024-07-01",
                182,
                0,
                "DISEASE PROGRESSION OR RELAPSE"),
            tte(
                "B",
                "EFS",
                efs,
                "2024-01-01",
                "2024-01-29",
                28,
                0,
                "TREATMENT FAILURE: NO REMISSION"),
            tte("C", "EFS", efs, "2024-01-01", "2024-04-10", 100, 0, "DEATH"),
            tte("D", "EFS", efs, "2024-01-01", "2024-12-31", 365, 1, "DATA CUT-OFF"),
            tte(
                "A",
                "DOR",
                dor,
                "2024-01-29",
                "2024-07-01",
                154,
                0,
                "DISEASE PROGRESSION OR RELAPSE"),
            tte("C", "DOR", dor, "2024-01-29", "2024-04-10", 72, 0, "DEATH"),
            tte("D", "DOR", dor, "2024-01-29", "2024-12-31", 337, 1, "DATA CUT-OFF"));
  }

  /**
   * A last contact recorded before the infusion (day −5) ends OS at the origin, as admiral's {@code
   * derive_param_tte} sets it: ADT = STARTDT = 2024-01-01, AVAL 0, censored.
   */
  @Test
  void aDateBeforeTheOriginBecomesTheOrigin() {
    AnalysisSubject s =
        new AnalysisSubject(
            "F",
            List.of(new JourneyEvent.Infusion(DAY0, null, null, null)),
            DAY0.minusDays(5),
            null,
            null,
            null,
            null,
            -1,
            40,
            "F",
            null);
    AnalysisInput in =
        new AnalysisInput("T", "test", Indication.LBCL, DAY0.plusDays(365), List.of(s), null);
    assertThat(Adtte.of(in).rows().get(0))
        .isEqualTo(
            tte("F", "OS", "Overall Survival (Days)", "2024-01-01", "2024-01-01", 0, 1, ALIVE));
  }

  /**
   * EFS of A–D is the data of study/study-analysis-reference.R (days 182, 28, 100 events, 365
   * censored); R 4.2.2 {@code quantile(survfit(Surv(t, e) ~ 1, conf.type = "log"), 0.5)} prints
   * median 4.632444, lower 0.9199179 (study-analysis-reference.txt, 7 significant digits).
   */
  @Test
  void kaplanMeierOnAdtteEfsMatchesR() {
    List<Double> t = new ArrayList<>();
    List<Integer> e = new ArrayList<>();
    for (List<Object> row : Adtte.of(input()).rows()) {
      if (row.get(2).equals("EFS")) {
        t.add((Long) row.get(6) / 30.4375);
        e.add(1 - ((Long) row.get(8)).intValue());
      }
    }
    Quantile m =
        KaplanMeier.fit(
                t.stream().mapToDouble(Double::doubleValue).toArray(),
                e.stream().mapToInt(Integer::intValue).toArray(),
                null,
                ConfType.LOG,
                0.95)
            .median();
    assertThat(m.estimate()).isCloseTo(4.632444, within(5e-7));
    assertThat(m.lower()).isCloseTo(0.9199179, within(5e-8));
    assertThat(m.upper()).isNaN();
  }

  @Test
  void variablesCarryAdamMetadata() {
    Dataset adtte = Adtte.of(input());
    assertThat(adtte.variables())
        .extracting(v -> v.name())
        .containsExactly(
            "STUDYID",
            "USUBJID",
            "PARAMCD",
            "PARAM",
            "STARTDT",
            "ADT",
            "AVAL",
            "AVALU",
            "CNSR",
            "EVNTDESC",
            "CNSDTDSC");
    assertThat(adtte.variables().get(5).dataType()).isEqualTo(DataType.DATE);
    assertThat(adtte.variables().get(6).dataType()).isEqualTo(DataType.INTEGER);
    assertThat(adtte.variables().get(2).keySequence()).isEqualTo(2);
    assertThat(adtte.variables().get(2).itemOid()).isEqualTo("IT.ADTTE.PARAMCD");
    assertThat(Adsl.of(input(), Map.of()).itemGroupOid()).isEqualTo("IG.ADSL");
  }

  private static List<Object> adsl(
      String id,
      String inf,
      String eff,
      String bridged,
      String stratum,
      String trt,
      String dth,
      String dthfl,
      String bor) {
    return Arrays.asList(
        "T",
        "T-" + id,
        id,
        40L,
        "YEARS",
        "18-64",
        "F",
        inf.equals("Y") ? "CAR-T" : null,
        null,
        "Y",
        "Y",
        "Y",
        inf,
        inf,
        inf,
        null,
        eff,
        bridged,
        stratum,
        "2023-12-02",
        "2023-12-04",
        null,
        null,
        trt,
        dth,
        dthfl,
        bor);
  }

  /** A and B assessed on day 28 (CR, NR); C and D have no response file. */
  private static Map<String, AdamSource> sources() {
    return Map.of("A", responses(Category.CR), "B", responses(Category.NR));
  }

  private static AdamSource responses(Category c) {
    return new AdamSource(
        List.of(new AdamSource.Response(DAY0.plusDays(28), c, "B-ALL CIBMTR")),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<Object> tte(
      String id,
      String cd,
      String param,
      String start,
      String adt,
      long aval,
      long cnsr,
      String why) {
    return Arrays.asList(
        "T", "T-" + id, cd, param, start, adt, aval, "DAYS", cnsr, why, cnsr == 1 ? why : null);
  }

  private static AnalysisInput input() {
    List<AnalysisSubject> s = new ArrayList<>();
    s.add(infused("A", Category.CR, 182, null, true, false));
    s.add(infused("B", Category.NR, null, null, true, false));
    s.add(infused("C", Category.CR, null, 100, false, true));
    s.add(infused("D", Category.CRI, null, null, false, false));
    List<JourneyEvent> e =
        List.of(
            new JourneyEvent.Enrolment(DAY0.minusDays(30)),
            new JourneyEvent.Leukapheresis(DAY0.minusDays(28)),
            new JourneyEvent.Death(DAY0.plusDays(50), "progression"));
    s.add(new AnalysisSubject("E", e, null, null, null, null, null, -1, 40, "F", null));
    return new AnalysisInput("T", "test", Indication.B_ALL, DAY0.plusDays(365), s, null);
  }

  private static AnalysisSubject infused(
      String id, Category best, Integer relapse, Integer death, boolean alive, boolean bridged) {
    List<JourneyEvent> j = new ArrayList<>();
    j.add(new JourneyEvent.Enrolment(DAY0.minusDays(30)));
    j.add(new JourneyEvent.Leukapheresis(DAY0.minusDays(28)));
    if (bridged) {
      j.add(new JourneyEvent.Bridging(DAY0.minusDays(20), DAY0.minusDays(18), List.of("dex")));
    }
    j.add(new JourneyEvent.Infusion(DAY0, null, null, null));
    if (death != null) {
      j.add(new JourneyEvent.Death(DAY0.plusDays(death), "infection"));
    }
    boolean resp = best == Category.CR || best == Category.CRI;
    BorResult bor = new BorResult(best, DAY0.plusDays(28), resp, resp, resp, List.of());
    return new AnalysisSubject(
        id,
        j,
        alive ? DAY0.plusDays(365) : null,
        bor,
        relapse == null ? null : DAY0.plusDays(relapse),
        null,
        null,
        -1,
        40,
        "F",
        null);
  }
}
