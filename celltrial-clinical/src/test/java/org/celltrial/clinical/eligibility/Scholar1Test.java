package org.celltrial.clinical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.rx;
import static org.celltrial.clinical.Fixtures.sct;
import static org.celltrial.clinical.Fixtures.subject;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.eligibility.Scholar1.Status;
import org.celltrial.clinical.lines.LinesOfTherapy;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.Subject;
import org.celltrial.clinical.subject.TransplantType;
import org.junit.jupiter.api.Test;

/** The SCH vectors of clinical-rules.md §7.4 (Crump et al., Blood 2017;130:1800). */
class Scholar1Test {
  private static final DrugDictionary DICT = DrugDictionary.standard();
  private static final String[] RCHOP = {
    "rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"
  };

  private static PriorTherapy rchop(int cycles, BestResponse best) {
    return rx(
        "R-CHOP",
        "2022-01-01",
        "2022-07-01",
        cycles,
        best,
        null,
        null,
        StopReason.COMPLETED,
        RCHOP);
  }

  private static PriorTherapy rice(int cycles, BestResponse best) {
    return rx(
        "R-ICE",
        "2022-08-01",
        "2022-10-01",
        cycles,
        best,
        null,
        null,
        StopReason.PROGRESSION,
        "rituximab",
        "ifosfamide",
        "carboplatin",
        "etoposide");
  }

  private static Status classify(Protocol p, PriorTherapy... history) {
    Subject s =
        subject(Indication.B_NHL, Subtype.DLBCL, 60, null, null, List.of(history), List.of());
    return Scholar1.classify(s, LinesOfTherapy.count(s.history(), DICT).lines(), DICT, p).status();
  }

  private static Protocol firstLineInclusive() {
    return new Protocol(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        true, null, null, null, null, null, null, null);
  }

  @Test
  void sch01RchopSixCyclesStableDiseaseIsRefractory() {
    assertThat(classify(Protocol.defaults(), rchop(6, BestResponse.SD)))
        .isEqualTo(Status.REFRACTORY);
  }

  @Test
  void sch02FourCyclesDependOnTheOperator() {
    assertThat(classify(Protocol.defaults(), rchop(4, BestResponse.SD)))
        .isEqualTo(Status.NOT_REFRACTORY);
    assertThat(classify(firstLineInclusive(), rchop(4, BestResponse.SD)))
        .isEqualTo(Status.REFRACTORY);
    assertThat(classify(Protocol.defaults(), rchop(5, BestResponse.SD)))
        .isEqualTo(Status.REFRACTORY);
  }

  @Test
  void sch03SalvageTwoCyclesProgressiveIsRefractory() {
    assertThat(classify(Protocol.defaults(), rchop(6, BestResponse.CR), rice(2, BestResponse.PD)))
        .isEqualTo(Status.REFRACTORY);
  }

  @Test
  void sch04SalvageOneCycleIsNotEvaluable() {
    assertThat(classify(Protocol.defaults(), rchop(6, BestResponse.CR), rice(1, BestResponse.PD)))
        .isEqualTo(Status.NOT_EVALUABLE);
  }

  @Test
  void sch05And06RelapseAfterAsctAtTenAndThirteenMonths() {
    List<PriorTherapy> base =
        new ArrayList<>(List.of(rchop(6, BestResponse.CR), rice(3, BestResponse.PR)));
    base.add(sct(TransplantType.AUTO, "2022-11-01", true, "2023-09-01"));
    assertThat(classify(Protocol.defaults(), base.toArray(PriorTherapy[]::new)))
        .isEqualTo(Status.REFRACTORY);
    base.set(2, sct(TransplantType.AUTO, "2022-11-01", true, "2023-12-01"));
    assertThat(classify(Protocol.defaults(), base.toArray(PriorTherapy[]::new)))
        .isEqualTo(Status.NOT_REFRACTORY);
    base.set(2, sct(TransplantType.AUTO, "2022-11-01", true, "2023-11-01"));
    assertThat(classify(Protocol.defaults(), base.toArray(PriorTherapy[]::new)))
        .as("exactly 12 months is within (inclusive)")
        .isEqualTo(Status.REFRACTORY);
  }

  @Test
  void sch07FirstLineWithoutAnthracyclineIsOutsideThePopulation() {
    PriorTherapy rcvp =
        rx(
            "R-CVP",
            "2022-01-01",
            "2022-07-01",
            6,
            BestResponse.SD,
            null,
            null,
            null,
            "rituximab",
            "cyclophosphamide",
            "vincristine",
            "prednisone");
    assertThat(classify(Protocol.defaults(), rcvp)).isEqualTo(Status.OUTSIDE_POPULATION);
  }

  @Test
  void missingCyclesLeaveItUndetermined() {
    PriorTherapy noCycles =
        rx("R-CHOP", "2022-01-01", "2022-07-01", null, BestResponse.SD, null, null, null, RCHOP);
    assertThat(classify(Protocol.defaults(), noCycles)).isEqualTo(Status.UNDETERMINED);
  }
}
