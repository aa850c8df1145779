package org.celltrial.clinical.grading.icans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.common.i18n.CelltrialException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The ICANS vectors of the clinical-rules reference (sections 1.2-1.4) and every boundary. */
class IcansGraderTest {
  static final LocalDateTime T = LocalDateTime.of(2024, 3, 5, 9, 0);

  /** ICE items summing to the given score: orientation first, then naming, then the rest. */
  static IceItems ice(int score) {
    int o = Math.min(score, 4);
    int n = Math.min(score - o, 3);
    int rest = score - o - n;
    return new IceItems(o, n, rest >= 1 ? 1 : 0, rest >= 2 ? 1 : 0, rest >= 3 ? 1 : 0, null);
  }

  static IcansObservation adult(
      int ice, String loc, String seizure, String motor, String icp, List<String> other) {
    return new IcansObservation(T, ice(ice), null, loc, seizure, motor, icp, false, other);
  }

  static IcansObservation child(Integer capd, String loc, String icp) {
    return new IcansObservation(T, null, capd, loc, null, null, icp, false, null);
  }

  static Stream<Arguments> adultVectors() {
    return Stream.of(
        Arguments.of("ICA-01", adult(10, "awake", null, null, null, null), 0),
        Arguments.of("ICA-02", adult(9, null, null, null, null, null), 1),
        Arguments.of("ICA-03", adult(7, null, null, null, null, null), 1),
        Arguments.of("ICA-04", adult(6, null, null, null, null, null), 2),
        Arguments.of("ICA-05", adult(3, null, null, null, null, null), 2),
        Arguments.of("ICA-06", adult(2, null, null, null, null, null), 3),
        Arguments.of("ICA-07", adult(0, "awake", null, null, null, null), 3),
        Arguments.of(
            "ICA-08",
            new IcansObservation(T, null, null, "unarousable", null, null, null, false, null),
            4),
        Arguments.of("ICA-09", adult(8, "awakens-to-touch", null, null, null, null), 3),
        Arguments.of("ICA-10", adult(3, null, "resolved-rapidly", null, null, null), 3),
        Arguments.of("ICA-11", adult(9, null, "prolonged-over-5-minutes", null, null, null), 4),
        Arguments.of("ICA-12", adult(10, null, null, "deep-focal-weakness", null, null), 4),
        Arguments.of("ICA-13", adult(10, null, null, "tremor", null, null), 0),
        Arguments.of("ICA-14", adult(10, null, null, null, "intracranial-hemorrhage", null), 0),
        Arguments.of(
            "ICA-15", adult(7, "awakens-to-voice", null, null, null, List.of("consciousness")), 1),
        Arguments.of(
            "ICA-16",
            new IcansObservation(
                T, new IceItems(3, 2, 1, 0, 1, null), null, null, null, null, null, false, null),
            1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adultVectors")
  void adultReferenceVectors(String id, IcansObservation o, int expected) {
    assertThat(IcansGrader.grade(o, 45, 12).grade()).as(id).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "PIC-01, 8, 0, awake, , 0",
    "PIC-02, 8, 6, awakens-spontaneously, , 1",
    "PIC-03, 8, 6, awakens-to-voice, , 2",
    "PIC-04, 8, 8, awakens-spontaneously, , 1",
    "PIC-05, 8, 9, , , 3",
    "PIC-06, 5, , unarousable, , 4",
    "PIC-07, 11, 4, , focal-edema, 3"
  })
  void paediatricReferenceVectors(
      String id, int age, Integer capd, String loc, String icp, int expected) {
    assertThat(IcansGrader.grade(child(capd, loc, icp), age, 12).grade())
        .as(id)
        .isEqualTo(expected);
  }

  @Test
  void pic08AgeTwelveUsesIceWithTheDefaultCutOffAndIsFlagged() {
    var r =
        IcansGrading.grade(
            new IcansInput(
                T.minusDays(4), 12, List.of(adult(8, null, null, null, null, null)), null),
            org.celltrial.clinical.grading.EpisodeRule.DEFAULT,
            IcansGrading.DEFAULT_CAPD_BELOW_AGE);
    assertThat(r.graded().get(0).grade()).isEqualTo(1);
    assertThat(r.notes()).singleElement().extracting(m -> m.key()).isEqualTo("icans.age.boundary");
  }

  @ParameterizedTest(name = "ICE {0} -> {1}")
  @CsvSource({"10, 0", "9, 1", "7, 1", "6, 2", "3, 2", "2, 3", "0, 3"})
  void iceBoundaries(int score, int expected) {
    assertThat(IceScore.grade(score)).isEqualTo(expected);
    assertThat(IceScore.total(ice(score))).isEqualTo(score);
  }

  @ParameterizedTest(name = "CAPD {0} -> {1}")
  @CsvSource({"0, 0", "1, 1", "8, 1", "9, 3", "32, 3"})
  void capdBoundaries(int capd, int expected) {
    assertThat(IcansGrader.grade(child(capd, null, null), 8, 12).grade()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "orientation 5, 5, 3, 1, 1, 1, , icans.ice.item",
    "naming -1, 4, -1, 1, 1, 1, , icans.ice.item",
    "writing 2, 4, 3, 1, 2, 1, , icans.ice.item",
    "total 11, 4, 3, 1, 1, 1, 11, icans.ice.total",
    "total disagrees, 4, 3, 1, 1, 0, 10, icans.ice.total",
    "item missing, 4, 3, , 1, 1, , icans.ice.missingItem"
  })
  void inconsistentIceIsRejected(
      String label, Integer o, Integer n, Integer c, Integer w, Integer a, Integer t, String key) {
    IceItems items = new IceItems(o, n, c, w, a, t);
    assertThatThrownBy(() -> IceScore.total(items))
        .isInstanceOf(CelltrialException.class)
        .extracting(e -> ((CelltrialException) e).detail().key())
        .isEqualTo(key);
  }

  @Test
  void iceForAChildAndCapdForAnAdultAreRejected() {
    assertThatThrownBy(() -> IcansGrader.grade(adult(9, null, null, null, null, null), 11, 12))
        .hasMessageContaining("CAPD");
    assertThatThrownBy(() -> IcansGrader.grade(child(3, null, null), 12, 12))
        .hasMessageContaining("ICE");
    assertThatThrownBy(() -> IcansGrader.grade(child(33, null, null), 8, 12))
        .hasMessageContaining("0 to 32");
  }

  @Test
  void cutOffIsAParameter() {
    assertThat(IcansGrader.grade(child(9, null, null), 12, 13).grade()).isEqualTo(3);
  }
}
