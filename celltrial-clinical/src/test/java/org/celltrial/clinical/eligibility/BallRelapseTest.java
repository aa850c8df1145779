package org.celltrial.clinical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.rx;
import static org.celltrial.clinical.Fixtures.sct;
import static org.celltrial.clinical.Fixtures.subject;

import java.util.List;
import org.celltrial.clinical.Fixtures;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BAL vectors of clinical-rules.md §7.3 and the four G-POP-3 categories. */
class BallRelapseTest {
  private static final Protocol DEFAULTS = Protocol.defaults();

  private static Subject ball(List<PriorTherapy> history, List<JourneyEvent> journey) {
    return subject(Indication.B_ALL, null, 30, null, null, history, journey);
  }

  private static List<Criterion> categories(Subject s, Protocol p) {
    return BallRelapse.categories(
        s, LinesOfTherapy.count(s.history(), DrugDictionary.standard()).lines(), p);
  }

  @ParameterizedTest(name = "{0}: CR1 {1}, relapse {2} -> early {3}")
  @CsvSource({
    "BAL-01 325 days, 2023-01-10, 2023-12-01, true",
    "BAL-02 exactly 12 months (anniversary), 2023-01-10, 2024-01-10, true",
    "one day after the anniversary, 2023-01-10, 2024-01-11, false",
    "BAL-03 387 days, 2023-01-10, 2024-02-01, false",
    "end of month: CR1 Feb 29 + 12 months = Feb 28, 2024-02-29, 2025-02-28, true",
    "end of month: CR1 Feb 29 one day later, 2024-02-29, 2025-03-01, false"
  })
  void earlyRelapseIsWithinTwelveCalendarMonthsInclusive(
      String id, String cr1, String relapse, boolean early) {
    PriorTherapy induction =
        rx(
            "hyper-CVAD",
            "2022-10-01",
            "2023-06-01",
            8,
            BestResponse.CR,
            cr1,
            relapse,
            StopReason.PROGRESSION,
            "cyclophosphamide",
            "vincristine",
            "doxorubicin",
            "dexamethasone");
    Criterion c = categories(ball(List.of(induction), List.of()), DEFAULTS).get(0);
    assertThat(c.verdict()).as(id).isEqualTo(early ? Verdict.MET : Verdict.NOT_MET);
    assertThat(c.reason().render(Lang.EN)).contains(cr1).contains(relapse).contains("G-POP-3");
  }

  @Test
  void bal04NoCrAfterTwoInductionCyclesIsPrimaryRefractory() {
    PriorTherapy induction =
        rx(
            "VDLP",
            "2023-01-01",
            "2023-03-01",
            2,
            BestResponse.NR,
            null,
            null,
            StopReason.OTHER,
            "vincristine",
            "daunorubicin",
            "asparaginase",
            "prednisone");
    Criterion c = categories(ball(List.of(induction), List.of()), DEFAULTS).get(1);
    assertThat(c.verdict()).isEqualTo(Verdict.MET);
    assertThat(c.reason().render(Lang.EN)).contains("primary refractory");
    assertThat(
            BallCriteria.relapsedRefractory(
                    categories(ball(List.of(induction), List.of()), DEFAULTS))
                .verdict())
        .isEqualTo(Verdict.MET);
  }

  @Test
  void oneInductionCycleWithoutCrIsNotYetPrimaryRefractory() {
    PriorTherapy induction =
        rx("VDLP", "2023-01-01", "2023-02-01", 1, BestResponse.NR, null, null, null, "vincristine");
    assertThat(categories(ball(List.of(induction), List.of()), DEFAULTS).get(1).verdict())
        .isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void bal05AlloSctEightyDaysBeforeScreeningMissesTheHundredDayClock() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "induction",
                "2022-01-01",
                "2022-06-01",
                4,
                BestResponse.CR,
                "2022-02-01",
                null,
                StopReason.COMPLETED,
                "vincristine"),
            sct(TransplantType.ALLO, "2023-01-01", true, "2023-03-01"));
    Protocol zuma3 =
        new Protocol(
            null, null, null, null, null, null, null, null, null, null, null, null, 100, null, null,
            null, null, null, null, null, null, null, null);
    Subject at80 = ball(history, List.of(new JourneyEvent.Screening(Fixtures.d("2023-03-22"))));
    Criterion c80 = categories(at80, zuma3).get(3);
    assertThat(c80.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(c80.reason().render(Lang.EN)).contains("80 days").contains("ZUMA-3");
    Subject at100 = ball(history, List.of(new JourneyEvent.Screening(Fixtures.d("2023-04-11"))));
    assertThat(categories(at100, zuma3).get(3).verdict()).isEqualTo(Verdict.MET);
    assertThat(categories(at80, DEFAULTS).get(3).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void noCrAfterSalvageMeetsTheSalvageCategory() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "induction",
                "2022-01-01",
                "2022-06-01",
                4,
                BestResponse.CR,
                "2022-02-01",
                "2023-09-01",
                StopReason.COMPLETED,
                "vincristine",
                "daunorubicin"),
            rx(
                "FLAG-Ida",
                "2023-09-10",
                "2023-11-01",
                2,
                BestResponse.NR,
                null,
                null,
                null,
                "fludarabine",
                "cytarabine",
                "idarubicin"));
    List<Criterion> cats = categories(ball(history, List.of()), DEFAULTS);
    assertThat(cats.get(0).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(cats.get(2).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void missingProgressionDatesLeaveRelapseUndecidedNamingTheField() {
    PriorTherapy induction =
        rx(
            "induction",
            "2023-01-01",
            "2023-06-01",
            4,
            BestResponse.CR,
            "2023-02-01",
            null,
            StopReason.PROGRESSION,
            "vincristine");
    List<Criterion> cats = categories(ball(List.of(induction), List.of()), DEFAULTS);
    assertThat(cats.get(0).verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(cats.get(0).missing()).containsExactly("history[0].progression");
    Criterion rr = BallCriteria.relapsedRefractory(cats);
    assertThat(rr.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(rr.missing()).contains("history[0].progression");
  }

  @Test
  void aLateFirstRelapseWithNothingElseIsNotRelapsedRefractory() {
    PriorTherapy induction =
        rx(
            "induction",
            "2020-01-01",
            "2021-06-01",
            8,
            BestResponse.CR,
            "2020-02-01",
            "2023-02-01",
            StopReason.COMPLETED,
            "vincristine");
    Criterion rr =
        BallCriteria.relapsedRefractory(categories(ball(List.of(induction), List.of()), DEFAULTS));
    assertThat(rr.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(rr.reason().render(Lang.ZH)).contains("不符合 G-POP-3");
  }
}
