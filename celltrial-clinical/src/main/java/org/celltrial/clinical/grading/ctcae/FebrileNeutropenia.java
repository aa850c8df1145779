package org.celltrial.clinical.grading.ctcae;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.GradeAndReasons;

/**
 * CTCAE v5.0 febrile neutropenia: ANC &lt; 1000/mm³ and either a single temperature &gt; 38.3 °C or
 * a temperature ≥ 38.0 °C sustained for more than one hour (at least two readings, all ≥ 38.0 °C
 * with none below in between, spanning more than 60 minutes). Grade 3 when met, grade 4 when the
 * investigator flags life-threatening consequences; no grades 1-2. It is graded apart from CRS:
 * neither is inferred from the other.
 */
public final class FebrileNeutropenia {
  static final BigDecimal ANC_BELOW = new BigDecimal("1.0");
  static final BigDecimal SINGLE_ABOVE = new BigDecimal("38.3");
  static final BigDecimal SUSTAINED_AT_LEAST = new BigDecimal("38.0");
  static final Duration SUSTAINED_LONGER_THAN = Duration.ofHours(1);

  private FebrileNeutropenia() {}

  /**
   * Grades one period (usually a day) from its lowest ANC in 10^9/L and its temperatures.
   *
   * @return grade 0, 3 or 4 with the reason
   */
  public static GradeAndReasons grade(BigDecimal anc, List<TemperatureReading> readings) {
    String a = anc.stripTrailingZeros().toPlainString();
    if (anc.compareTo(ANC_BELOW) >= 0) {
      return new GradeAndReasons(0, List.of(ClinicalMessages.of("fn.ancNotLow", a)));
    }
    List<TemperatureReading> sorted =
        readings.stream().sorted(Comparator.comparing(TemperatureReading::time)).toList();
    boolean lifeThreatening =
        sorted.stream().anyMatch(r -> Boolean.TRUE.equals(r.lifeThreatening()));
    int grade = lifeThreatening ? 4 : 3;
    for (TemperatureReading r : sorted) {
      if (BigDecimal.valueOf(r.celsius()).compareTo(SINGLE_ABOVE) > 0) {
        return new GradeAndReasons(
            grade, List.of(ClinicalMessages.of("fn.single", a, r.celsius(), r.time(), grade)));
      }
    }
    TemperatureReading start = null;
    for (TemperatureReading r : sorted) {
      if (BigDecimal.valueOf(r.celsius()).compareTo(SUSTAINED_AT_LEAST) < 0) {
        start = null;
        continue;
      }
      if (start == null) {
        start = r;
      } else if (Duration.between(start.time(), r.time()).compareTo(SUSTAINED_LONGER_THAN) > 0) {
        return new GradeAndReasons(
            grade, List.of(ClinicalMessages.of("fn.sustained", a, start.time(), r.time(), grade)));
      }
    }
    return new GradeAndReasons(0, List.of(ClinicalMessages.of("fn.noFever", a)));
  }
}
