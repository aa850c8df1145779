package org.celltrial.clinical.grading.ctcae;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The febrile neutropenia vectors FN-01 to FN-06 (section 2.2) and their boundaries. */
class FebrileNeutropeniaTest {
  static TemperatureReading t(int hour, int minute, double c) {
    return new TemperatureReading(LocalDateTime.of(2024, 3, 4, hour, minute), c, false);
  }

  static int grade(String anc, List<TemperatureReading> r) {
    return FebrileNeutropenia.grade(new BigDecimal(anc), r).grade();
  }

  @Test
  void fn01SingleTemperatureAbove383() {
    assertThat(grade("0.90", List.of(t(10, 0, 38.4)))).isEqualTo(3);
  }

  @Test
  void fn02Single383IsNotEnough() {
    assertThat(grade("0.90", List.of(t(10, 0, 38.3)))).isZero();
  }

  @Test
  void fn03SustainedMoreThanOneHour() {
    assertThat(grade("0.90", List.of(t(10, 0, 38.0), t(11, 5, 38.1)))).isEqualTo(3);
  }

  @Test
  void fn04ExactlyOneHourIsNotMoreThanOneHour() {
    assertThat(grade("0.90", List.of(t(10, 0, 38.0), t(11, 0, 38.2)))).isZero();
  }

  @Test
  void fn05AncOf1IsNotBelow1() {
    assertThat(grade("1.00", List.of(t(10, 0, 39.0)))).isZero();
  }

  @Test
  void fn06LifeThreateningIsGrade4() {
    TemperatureReading shock =
        new TemperatureReading(LocalDateTime.of(2024, 3, 4, 10, 0), 39.0, true);
    assertThat(grade("0.30", List.of(shock))).isEqualTo(4);
  }

  @Test
  void aReadingBelow38BreaksTheSustainedSpell() {
    assertThat(grade("0.5", List.of(t(10, 0, 38.1), t(10, 40, 37.8), t(11, 5, 38.2)))).isZero();
  }

  @ParameterizedTest(name = "ANC {0}, T {1} -> {2}")
  @CsvSource({
    "0.999, 38.31, 3", "1.0, 38.31, 0", "1.001, 38.31, 0",
    "0.5, 38.29, 0", "0.5, 38.3, 0", "0.5, 38.31, 3"
  })
  void boundaries(String anc, double temp, int expected) {
    assertThat(grade(anc, List.of(t(10, 0, temp)))).isEqualTo(expected);
  }
}
