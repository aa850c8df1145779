package org.celltrial.clinical.grading.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.i18n.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The CRS test vectors of the clinical-rules reference (section 1.1) and every boundary. */
class CrsGraderTest {
  static final LocalDateTime T = LocalDateTime.of(2024, 3, 2, 8, 0);
  static final Message MASKED = ClinicalMessages.of("crs.fever.masked", T, "tocilizumab", T);

  static CrsObservation obs(
      Double temp, boolean hypotension, String pressors, String device, Double flow) {
    return new CrsObservation(
        T,
        temp,
        hypotension,
        pressors == null ? null : Arrays.asList(pressors.split("\\+")),
        device,
        flow,
        false,
        null);
  }

  static Stream<Arguments> vectors() {
    return Stream.of(
        Arguments.of("CRS-01", obs(38.5, false, null, null, null), null, 1),
        Arguments.of("CRS-02", obs(38.0, false, null, null, null), null, 1),
        Arguments.of("CRS-03", obs(37.9, true, null, null, null), null, 0),
        Arguments.of("CRS-04", obs(38.2, true, null, null, null), null, 2),
        Arguments.of("CRS-05", obs(38.2, false, null, "nasal-cannula", 6.0), null, 2),
        Arguments.of("CRS-06", obs(38.2, false, null, "nasal-cannula", 7.0), null, 3),
        Arguments.of("CRS-07", obs(38.2, false, null, "blow-by", null), null, 2),
        Arguments.of("CRS-08", obs(38.2, false, null, "face-mask", 4.0), null, 3),
        Arguments.of("CRS-09", obs(38.2, true, "norepinephrine", null, null), null, 3),
        Arguments.of("CRS-10", obs(38.2, true, "norepinephrine+vasopressin", null, null), null, 3),
        Arguments.of(
            "CRS-11", obs(38.2, true, "norepinephrine+phenylephrine", null, null), null, 4),
        Arguments.of("CRS-12", obs(38.2, false, null, "bipap", null), null, 4),
        Arguments.of("CRS-13", obs(36.8, true, "norepinephrine", null, null), MASKED, 3),
        Arguments.of("CRS-14", obs(39.0, true, "norepinephrine", "nasal-cannula", 2.0), null, 3),
        Arguments.of("CRS-15", obs(39.0, true, null, "high-flow-nasal-cannula", 40.0), null, 3),
        // CRS-16: grade 4 creatinine is not an input of CRS grading at all
        Arguments.of("CRS-16", obs(39.0, false, null, "mechanical-ventilation", null), null, 4),
        Arguments.of(
            "CRS-17", new CrsObservation(T, null, null, null, null, null, true, null), null, 5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void referenceVectors(String id, CrsObservation o, Message masked, int expected) {
    assertThat(CrsGrader.grade(o, masked).grade()).as(id).isEqualTo(expected);
  }

  @ParameterizedTest(name = "T {0} °C -> grade {1}")
  @CsvSource({"37.99, 0", "38.0, 1", "38.01, 1", "30.0, 0", "45.0, 1"})
  void feverBoundaryIsInclusiveAt38(double temp, int expected) {
    assertThat(CrsGrader.grade(obs(temp, false, null, null, null), null).grade())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "nasal cannula {0} L/min -> grade {1}")
  @CsvSource({"0, 2", "5.99, 2", "6.0, 2", "6.01, 3", "7, 3"})
  void nasalCannulaFlowBoundaryIsSixLitresInclusive(double flow, int expected) {
    assertThat(CrsGrader.grade(obs(38.5, false, null, "nasal-cannula", flow), null).grade())
        .isEqualTo(expected);
  }

  @Test
  void vasopressinAloneCountsAsOneVasopressorAndIsSaidToBeOurReading() {
    var g = CrsGrader.grade(obs(38.5, true, "vasopressin", null, null), null);
    assertThat(g.grade()).isEqualTo(3);
    assertThat(g.reasons().get(1).render(Lang.EN)).contains("our reading");
  }

  @Test
  void sameVasopressorTwiceIsOneVasopressor() {
    assertThat(
            CrsGrader.grade(obs(38.5, true, "norepinephrine+norepinephrine", null, null), null)
                .grade())
        .isEqualTo(3);
  }

  @Test
  void grade3WhenOneVasopressorEvenWithLowFlowOxygenAndReasonsNameBoth() {
    var g = CrsGrader.grade(obs(39.0, true, "norepinephrine", "nasal-cannula", 2.0), null);
    assertThat(g.grade()).isEqualTo(3);
    assertThat(g.reasons().stream().map(m -> m.render(Lang.EN)))
        .anyMatch(s -> s.contains("39 °C >= 38.0 °C"))
        .anyMatch(s -> s.contains("one vasopressor (norepinephrine): grade 3"))
        .anyMatch(s -> s.contains("nasal cannula 2 L/min <= 6 L/min"));
  }

  @Test
  void hypotensionWithoutFeverOrMaskingIsNotCrs() {
    var g = CrsGrader.grade(obs(37.0, true, "norepinephrine+epinephrine", "bipap", null), null);
    assertThat(g.grade()).isZero();
  }

  @Test
  void findingsAttributedToAnotherCauseAreExcluded() {
    CrsObservation o =
        new CrsObservation(
            T, 38.5, true, List.of("norepinephrine"), "bipap", null, false, List.of("hypoxia"));
    assertThat(CrsGrader.grade(o, null).grade()).isEqualTo(3);
    CrsObservation feverElsewhere =
        new CrsObservation(T, 39.5, false, null, "face-mask", null, false, List.of("fever"));
    assertThat(CrsGrader.grade(feverElsewhere, null).grade()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "temperature 50, 50.0, none, , grading.temperature.range",
    "temperature 29.9, 29.9, none, , grading.temperature.range",
    "negative flow, 38.5, nasal-cannula, -1, crs.flow.negative",
    "cannula without flow, 38.5, nasal-cannula, , crs.flow.missing",
    "unknown device, 38.5, helmet, , grading.choice.unknown"
  })
  void impossibleObservationsAreErrorsNamingTheRule(
      String label, double temp, String device, Double flow, String key) {
    assertThatThrownBy(() -> CrsGrader.grade(obs(temp, false, null, device, flow), null))
        .isInstanceOf(CelltrialException.class)
        .extracting(e -> ((CelltrialException) e).detail().key())
        .isEqualTo(key);
  }
}
