package org.celltrial.clinical.grading.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.celltrial.clinical.grading.tls.TlsAnalyte.CALCIUM;
import static org.celltrial.clinical.grading.tls.TlsAnalyte.PHOSPHATE;
import static org.celltrial.clinical.grading.tls.TlsAnalyte.POTASSIUM;
import static org.celltrial.clinical.grading.tls.TlsAnalyte.URIC_ACID;
import static org.celltrial.clinical.grading.tls.TlsVariant.CAIRO_BISHOP_2004;
import static org.celltrial.clinical.grading.tls.TlsVariant.HOWARD_2011;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TLS vectors TLS-01 to TLS-08 (reference section 4.3) and the boundaries. */
class TumorLysisTest {
  static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 8, 0);

  static TlsLab lab(double days, TlsAnalyte a, double v) {
    return new TlsLab(START.plusMinutes(Math.round(days * 24 * 60)), a, v);
  }

  static TlsInput input(List<TlsLab> labs, Double creat, int arrhythmia) {
    return new TlsInput(START, false, null, Map.of(), labs, creat, arrhythmia, 0);
  }

  static final List<TlsLab> LTLS = List.of(lab(1, URIC_ACID, 8.2), lab(1, POTASSIUM, 6.1));

  @Test
  void tls01TwoAbsoluteCriteriaSameDayWithoutClinicalCriterion() {
    for (TlsVariant v : TlsVariant.values()) {
      TlsResult r = TumorLysis.assess(input(LTLS, 1.0, 0), v);
      assertThat(r.laboratoryTls()).as(v.name()).isTrue();
      assertThat(r.clinicalTls()).isFalse();
      assertThat(r.clinicalGrade()).isZero();
    }
  }

  @Test
  void tls02TwoCriteriaThreeDaysApartMeetOnly2004() {
    TlsInput in = input(List.of(lab(1, URIC_ACID, 8.0), lab(4, PHOSPHATE, 4.5)), null, 0);
    assertThat(TumorLysis.assess(in, CAIRO_BISHOP_2004).laboratoryTls()).isTrue();
    assertThat(TumorLysis.assess(in, HOWARD_2011).laboratoryTls()).isFalse();
  }

  @Test
  void tls03OneAnalyteIsNotEnough() {
    TlsInput in =
        new TlsInput(
            START,
            false,
            null,
            Map.of(POTASSIUM, 5.0),
            List.of(lab(1, POTASSIUM, 6.3)),
            null,
            0,
            0);
    assertThat(TumorLysis.assess(in, CAIRO_BISHOP_2004).laboratoryTls()).isFalse();
    assertThat(TumorLysis.assess(in, HOWARD_2011).laboratoryTls()).isFalse();
  }

  @Test
  void tls04TwentyFivePercentRisesCountOnlyIn2004() {
    TlsInput in =
        new TlsInput(
            START,
            false,
            null,
            Map.of(POTASSIUM, 4.0, URIC_ACID, 6.0),
            List.of(lab(1, POTASSIUM, 5.1), lab(1, URIC_ACID, 7.6)),
            null,
            0,
            0);
    assertThat(TumorLysis.assess(in, CAIRO_BISHOP_2004).laboratoryTls()).isTrue();
    assertThat(TumorLysis.assess(in, HOWARD_2011).laboratoryTls()).isFalse();
  }

  @ParameterizedTest(name = "{0}: creatinine {1} x ULN, arrhythmia {2} -> grade {3}")
  @CsvSource({
    "TLS-05, 2.4, 0, 2",
    "TLS-06, 1.5, 0, 1",
    "TLS-07, 1.0, 3, 3",
    "below 1.5, 1.49, 0, 0",
    "above 1.5, 1.51, 0, 2",
    "at 3.0, 3.0, 0, 2",
    "above 3.0, 3.01, 0, 3",
    "at 6.0, 6.0, 0, 3",
    "above 6.0, 6.01, 0, 4"
  })
  void clinicalGrade(String id, double creat, int arrhythmia, int expected) {
    TlsResult r = TumorLysis.assess(input(LTLS, creat, arrhythmia), CAIRO_BISHOP_2004);
    assertThat(r.clinicalGrade()).as(id).isEqualTo(expected);
    assertThat(r.clinicalTls()).isEqualTo(expected > 0);
  }

  @Test
  void tls08ChildPhosphateCutIs65() {
    TlsInput in =
        new TlsInput(
            START,
            true,
            null,
            Map.of(),
            List.of(lab(1, PHOSPHATE, 5.0), lab(1, URIC_ACID, 9)),
            null,
            0,
            0);
    assertThat(TumorLysis.assess(in, CAIRO_BISHOP_2004).laboratoryTls()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} -> abnormal {2}")
  @CsvSource({
    "POTASSIUM, 5.99, false",
    "POTASSIUM, 6.0, true",
    "POTASSIUM, 6.01, true",
    "URIC_ACID, 7.99, false",
    "URIC_ACID, 8.0, true",
    "PHOSPHATE, 4.49, false",
    "PHOSPHATE, 4.5, true",
    "CALCIUM, 7.01, false",
    "CALCIUM, 7.0, true",
    "CALCIUM, 6.99, true"
  })
  void absoluteThresholdsAreInclusive(TlsAnalyte a, double v, boolean expected) {
    TlsAnalyte other = a == POTASSIUM ? URIC_ACID : POTASSIUM;
    double high = other == POTASSIUM ? 6.5 : 9.0;
    TlsInput in = input(List.of(lab(1, a, v), lab(1, other, high)), null, 0);
    assertThat(TumorLysis.assess(in, HOWARD_2011).laboratoryTls()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "second value {0} days after the first -> Howard {1}")
  @CsvSource({"0.99, true", "1.0, true", "1.01, false"})
  void howardNeedsTheSame24Hours(double apart, boolean expected) {
    TlsInput in = input(List.of(lab(1, URIC_ACID, 9), lab(1 + apart, CALCIUM, 6.5)), null, 0);
    assertThat(TumorLysis.assess(in, HOWARD_2011).laboratoryTls()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "values on day {0} -> counted {1}")
  @CsvSource({"-3.01, false", "-3, true", "7, true", "7.01, false"})
  void windowIsThreeDaysBeforeToSevenAfter(double day, boolean expected) {
    TlsInput in = input(List.of(lab(day, URIC_ACID, 9), lab(day, POTASSIUM, 6.5)), null, 0);
    assertThat(TumorLysis.assess(in, CAIRO_BISHOP_2004).laboratoryTls()).isEqualTo(expected);
  }

  @Test
  void badGradesAndAMissingStartAreErrors() {
    assertThatThrownBy(() -> TumorLysis.assess(input(LTLS, null, 6), HOWARD_2011))
        .hasMessageContaining("arrhythmiaGrade is 6");
    assertThatThrownBy(
            () ->
                TumorLysis.assess(
                    new TlsInput(null, false, null, Map.of(), List.of(), null, 0, 0), HOWARD_2011))
        .hasMessageContaining("start");
  }
}
