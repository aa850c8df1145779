package org.celltrial.clinical.refractory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.rx;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.clinical.Fixtures;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.refractory.ClassExposure.ClassStatus;
import org.celltrial.clinical.refractory.Refractoriness.Status;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REF vectors of clinical-rules.md §7.2 (IMWG, Rajkumar et al. 2011). */
class RefractorinessTest {
  private static final DrugDictionary DICT = DrugDictionary.standard();

  @ParameterizedTest(name = "{0}: last dose {1}, PD {2} -> {3}")
  @CsvSource({
    "REF-01 45 days, 2023-01-01, 2023-02-15, REFRACTORY, within-window",
    "REF-02 60 days inclusive, 2023-01-01, 2023-03-02, REFRACTORY, within-window",
    "REF-03 61 days, 2023-01-01, 2023-03-03, NOT_REFRACTORY, after-window",
    "PD on the last-dose day, 2023-01-01, 2023-01-01, REFRACTORY, on-therapy"
  })
  void progressionWithinSixtyDaysOfTheLastDoseIsRefractory(
      String id, String lastDose, String pd, Status expected, String basis) {
    PriorTherapy dara =
        rx(
            "Dara",
            "2022-06-01",
            lastDose,
            6,
            BestResponse.PR,
            null,
            pd,
            StopReason.PROGRESSION,
            "daratumumab");
    Refractoriness r = Refractoriness.of(dara, Indication.MM, 60);
    assertThat(r.status()).as(id).isEqualTo(expected);
    assertThat(r.basis()).isEqualTo(basis);
  }

  @Test
  void theWindowIsAParameter() {
    PriorTherapy t =
        rx(
            "R",
            "2022-06-01",
            "2023-01-01",
            6,
            BestResponse.PR,
            null,
            "2023-03-02",
            null,
            "lenalidomide");
    assertThat(Refractoriness.of(t, Indication.MM, 59).status()).isEqualTo(Status.NOT_REFRACTORY);
    assertThat(Refractoriness.of(t, Indication.MM, 60).status()).isEqualTo(Status.REFRACTORY);
  }

  @Test
  void ref04StableDiseaseOnLenalidomideIsRefractory() {
    PriorTherapy len =
        rx("R", "2022-01-01", "2022-06-01", 5, BestResponse.SD, null, null, null, "lenalidomide");
    assertThat(Refractoriness.of(len, Indication.MM, 60).basis()).isEqualTo("best-response");
    assertThat(ClassExposure.of(DrugClass.IMID, List.of(len), DICT, Indication.MM, 60).refractory())
        .isEqualTo(Status.REFRACTORY);
  }

  @Test
  void minimalResponseIsAResponseInMyelomaButStableDiseaseIsNot() {
    PriorTherapy mr =
        rx("R", "2022-01-01", "2022-06-01", 5, BestResponse.MR, null, null, null, "lenalidomide");
    assertThat(Refractoriness.of(mr, Indication.MM, 60).status()).isEqualTo(Status.NOT_REFRACTORY);
  }

  @Test
  void ref05ExposedToThreeClassesRefractoryToTwoIsTceNotTcr() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "VRd",
                "2019-01-01",
                "2019-06-01",
                6,
                BestResponse.VGPR,
                null,
                null,
                StopReason.COMPLETED,
                "bortezomib",
                "lenalidomide",
                "dexamethasone"),
            rx(
                "R maintenance",
                "2019-08-01",
                "2021-01-01",
                null,
                BestResponse.VGPR,
                null,
                "2021-02-01",
                StopReason.PROGRESSION,
                "lenalidomide"),
            rx(
                "Dara-Pd",
                "2021-02-15",
                "2022-01-01",
                10,
                BestResponse.SD,
                null,
                "2022-01-01",
                StopReason.PROGRESSION,
                "daratumumab",
                "pomalidomide",
                "dexamethasone"));
    List<ClassStatus> triple = triple(history);
    assertThat(ClassExposure.tripleClassExposed(triple)).isTrue();
    assertThat(triple)
        .extracting(ClassStatus::refractory)
        .containsExactly(Status.NOT_REFRACTORY, Status.REFRACTORY, Status.REFRACTORY);
    assertThat(ClassExposure.tripleClassRefractory(triple)).isEqualTo(Status.NOT_REFRACTORY);
  }

  @Test
  void ref06RefractoryToCarfilzomibPomalidomideIsatuximabIsTcr() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "Isa-Kd",
                "2021-01-01",
                "2021-09-01",
                8,
                BestResponse.PD,
                null,
                "2021-09-01",
                StopReason.PROGRESSION,
                "Kyprolis",
                "Sarclisa",
                "dexamethasone"),
            rx(
                "Pd",
                "2021-09-15",
                "2022-01-01",
                4,
                BestResponse.SD,
                null,
                null,
                StopReason.OTHER,
                "pomalidomide",
                "dexamethasone"));
    assertThat(ClassExposure.tripleClassRefractory(triple(history))).isEqualTo(Status.REFRACTORY);
  }

  @Test
  void ref07NeverMinimalResponseIsPrimaryRefractory() {
    List<PriorTherapy> never =
        List.of(
            rx(
                "VRd",
                "2021-01-01",
                "2021-04-01",
                4,
                BestResponse.SD,
                null,
                null,
                null,
                "bortezomib"),
            rx(
                "KRd",
                "2021-04-15",
                "2021-08-01",
                4,
                BestResponse.PD,
                null,
                null,
                null,
                "carfilzomib"));
    assertThat(ClassExposure.primaryRefractory(never, Indication.MM)).isEqualTo(Status.REFRACTORY);
    List<PriorTherapy> once =
        List.of(
            never.get(0),
            rx(
                "KRd",
                "2021-04-15",
                "2021-08-01",
                4,
                BestResponse.MR,
                null,
                null,
                null,
                "carfilzomib"));
    assertThat(ClassExposure.primaryRefractory(once, Indication.MM))
        .isEqualTo(Status.NOT_REFRACTORY);
  }

  @Test
  void aProgressionWithoutItsDateLeavesRefractorinessUndetermined() {
    PriorTherapy t =
        rx(
            "Dara",
            "2022-06-01",
            "2023-01-01",
            6,
            BestResponse.PR,
            null,
            null,
            StopReason.PROGRESSION,
            "daratumumab");
    Refractoriness r = Refractoriness.of(t, Indication.MM, 60);
    assertThat(r.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(r.missing()).containsExactly("progression");
    assertThat(triple(List.of(t)).get(2).refractory()).isEqualTo(Status.UNDETERMINED);
    assertThat(triple(List.of(t)).get(2).missing()).containsExactly("history[0].progression");
  }

  @Property(tries = 200)
  void refractoryExactlyWhenTheGapIsWithinTheWindow(
      @ForAll @IntRange(min = 1, max = 400) int gap,
      @ForAll @IntRange(min = 0, max = 180) int window) {
    PriorTherapy t =
        rx(
            "Dara",
            "2022-06-01",
            "2023-01-01",
            6,
            BestResponse.PR,
            null,
            Fixtures.d("2023-01-01").plusDays(gap).toString(),
            StopReason.PROGRESSION,
            "daratumumab");
    Status expected = gap <= window ? Status.REFRACTORY : Status.NOT_REFRACTORY;
    assertThat(Refractoriness.of(t, Indication.MM, window).status()).isEqualTo(expected);
  }

  private static List<ClassStatus> triple(List<PriorTherapy> history) {
    return ClassExposure.TRIPLE.stream()
        .map(c -> ClassExposure.of(c, history, DICT, Indication.MM, 60))
        .toList();
  }
}
