package org.celltrial.clinical.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.clinical.Fixtures.planned;
import static org.celltrial.clinical.Fixtures.progressed;
import static org.celltrial.clinical.Fixtures.rx;
import static org.celltrial.clinical.Fixtures.sct;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.TransplantType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The LOT vectors of clinical-rules.md §7.1 (Rajkumar et al. 2015), one row each. */
class LinesOfTherapyTest {
  private static final DrugDictionary DICT = DrugDictionary.standard();

  static Stream<Arguments> vectors() {
    PriorTherapy vrd =
        rx("VRd", "2020-01-01", "2020-04-01", "bortezomib", "lenalidomide", "dexamethasone");
    return Stream.of(
        Arguments.of(
            "LOT-01 VRd x4 -> ASCT -> planned lenalidomide maintenance",
            List.of(
                vrd,
                sct(TransplantType.AUTO, "2020-05-01", true, null),
                planned(rx("R maintenance", "2020-08-01", null, "lenalidomide"))),
            1),
        Arguments.of(
            "LOT-02 Rd; bortezomib added for inadequate response",
            List.of(
                rx("Rd", "2020-01-01", "2020-03-01", "lenalidomide", "dexamethasone"),
                rx("RVd", "2020-03-01", "2020-07-01", "lenalidomide", "dexamethasone", "Velcade")),
            2),
        Arguments.of(
            "LOT-03 Rd stopped for toxicity -> VCd -> ASCT",
            List.of(
                rx("Rd", "2020-01-01", "2020-02-01", "lenalidomide", "dexamethasone"),
                rx(
                    "VCd",
                    "2020-02-15",
                    "2020-06-01",
                    "bortezomib",
                    "cyclophosphamide",
                    "dexamethasone"),
                sct(TransplantType.AUTO, "2020-07-01", true, null)),
            2),
        Arguments.of(
            "LOT-04 ASCT, observation, M-protein rise -> lenalidomide (unplanned)",
            List.of(
                sct(TransplantType.AUTO, "2020-01-01", false, null),
                rx("R", "2020-07-01", null, "lenalidomide")),
            2),
        Arguments.of(
            "LOT-05 VRd, dexamethasone dropped, VR continued",
            List.of(vrd, rx("VR", "2020-04-01", "2020-08-01", "bortezomib", "lenalidomide")),
            1),
        Arguments.of(
            "LOT-06 lenalidomide 25 -> 15 mg dose reduction",
            List.of(
                rx("R 25 mg", "2020-01-01", "2020-05-01", "lenalidomide"),
                rx("R 15 mg", "2020-05-01", null, "lenalidomide")),
            1),
        Arguments.of(
            "LOT-07 planned tandem ASCT 3 months apart after induction",
            List.of(
                vrd,
                sct(TransplantType.AUTO, "2020-05-01", true, null),
                sct(TransplantType.AUTO, "2020-08-01", true, null)),
            1),
        Arguments.of(
            "LOT-08 ASCT at diagnosis; salvage ASCT at relapse 4 years later",
            List.of(
                vrd,
                sct(TransplantType.AUTO, "2020-05-01", true, "2024-03-01"),
                sct(TransplantType.AUTO, "2024-05-01", false, null)),
            2),
        Arguments.of(
            "LOT-09 VRd -> PD -> DKd -> PD -> VRd again",
            List.of(
                progressed(vrd, "2020-06-01"),
                progressed(
                    rx(
                        "DKd",
                        "2020-06-15",
                        "2021-01-01",
                        "daratumumab",
                        "carfilzomib",
                        "dexamethasone"),
                    "2021-01-01"),
                rx("VRd", "2021-01-20", null, "bortezomib", "lenalidomide", "dexamethasone")),
            3));
  }

  @ParameterizedTest(name = "{0}: {2} line(s)")
  @MethodSource("vectors")
  void countsLinesLikeTheReferenceVectors(String id, List<PriorTherapy> history, int expected) {
    assertThat(LinesOfTherapy.count(history, DICT).size()).as(id).isEqualTo(expected);
  }

  @Test
  void historyOrderDoesNotMatterAndRadiotherapyIsNotALine() {
    List<PriorTherapy> history =
        List.of(
            rx(
                "R-ICE",
                "2021-01-01",
                "2021-03-01",
                "rituximab",
                "ifosfamide",
                "carboplatin",
                "etoposide"),
            rx("ISRT", "2020-09-01", "2020-10-01", "radiotherapy"),
            rx(
                "R-CHOP",
                "2020-01-01",
                "2020-06-01",
                "rituximab",
                "cyclophosphamide",
                "doxorubicin",
                "vincristine",
                "prednisone"));
    LinesOfTherapy.Count count = LinesOfTherapy.count(history, DICT);
    assertThat(count.size()).isEqualTo(2);
    assertThat(count.lines().get(0).head().name()).isEqualTo("R-CHOP");
  }

  @Test
  void unknownAgentsAreReportedAndStillCounted() {
    LinesOfTherapy.Count count =
        LinesOfTherapy.count(List.of(rx("trial drug", "2020-01-01", null, "XYZ-123")), DICT);
    assertThat(count.size()).isEqualTo(1);
    assertThat(count.unknownAgents()).containsExactly("XYZ-123");
  }

  @Property(tries = 50)
  void plannedContinuationsNeverAddALine(@ForAll @IntRange(min = 0, max = 6) int extra) {
    List<PriorTherapy> history = new ArrayList<>();
    history.add(rx("VRd", "2020-01-01", "2020-04-01", "bortezomib", "lenalidomide"));
    for (int i = 0; i < extra; i++) {
      history.add(planned(rx("step", "2020-0" + (5 + i / 3) + "-1" + i % 3, null, "carfilzomib")));
    }
    assertThat(LinesOfTherapy.count(history, DICT).size()).isEqualTo(1);
  }
}
