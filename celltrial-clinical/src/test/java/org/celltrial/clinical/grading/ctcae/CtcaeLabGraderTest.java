package org.celltrial.clinical.grading.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CTCAE v5.0 lab vectors of the clinical-rules reference (section 2.1) and every band edge. */
class CtcaeLabGraderTest {
  /** The reference's default LLNs: ANC 1.8, PLT 150, Hgb 12.0, ALC 1.0, WBC 4.0. */
  static final Map<LabTest, String> LLN =
      Map.of(
          LabTest.ANC,
          "1.8",
          LabTest.PLT,
          "150",
          LabTest.HGB,
          "12.0",
          LabTest.ALC,
          "1.0",
          LabTest.WBC,
          "4.0");

  static Integer grade(LabTest test, String value, String lln) {
    return CtcaeLabGrader.grade(
            test, new BigDecimal(value), "missing".equals(lln) ? null : new BigDecimal(lln))
        .grade();
  }

  @ParameterizedTest(name = "{0}: {1} {2} (LLN {3}) -> {4}")
  @CsvSource({
    "LAB-01, ANC, 1.80, , 0",
    "LAB-02, ANC, 1.50, , 1",
    "LAB-03, ANC, 1.49, , 2",
    "LAB-04, ANC, 1.00, , 2",
    "LAB-05, ANC, 0.99, , 3",
    "LAB-06, ANC, 0.50, , 3",
    "LAB-07, ANC, 0.49, , 4",
    "LAB-08, ANC, 1.45, 1.40, 2",
    "LAB-09, ANC, 1.60, missing, ",
    "LAB-10, PLT, 75, , 1",
    "LAB-11, PLT, 74.9, , 2",
    "LAB-12, PLT, 50, , 2",
    "LAB-13, PLT, 25, , 3",
    "LAB-14, PLT, 24, , 4",
    "LAB-15, HGB, 10.0, , 1",
    "LAB-16, HGB, 9.9, , 2",
    "LAB-17, HGB, 8.0, , 2",
    "LAB-18, HGB, 7.9, , 3",
    "LAB-19, ALC, 0.80, , 1",
    "LAB-20, ALC, 0.19, , 4",
    "LAB-21, WBC, 2.0, , 2",
    "LAB-22, WBC, 0.99, , 4"
  })
  void referenceVectors(String id, LabTest test, String value, String lln, Integer expected) {
    assertThat(grade(test, value, lln == null ? LLN.get(test) : lln)).as(id).isEqualTo(expected);
  }

  @Test
  void lab23AncIn850PerMicrolitreIs085AndGrade3() {
    BigDecimal v = LabUnits.toCanonical(LabTest.ANC, new BigDecimal("850"), "/µL");
    assertThat(v).isEqualByComparingTo("0.85");
    LabGrade g = CtcaeLabGrader.grade(LabTest.ANC, v, new BigDecimal("1.8"));
    assertThat(g.grade()).isEqualTo(3);
    assertThat(g.system()).isEqualTo(GradingSystem.CTCAE_5_0);
    assertThat(g.reason().render(Lang.EN))
        .isEqualTo("Neutrophil count decreased: 0.85 10^9/L < 1.0: grade 3 (CTCAE 5.0)");
  }

  /** Each cut: a hair below is the worse grade, at and above the milder one. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "ANC, 1.4999, 2", "ANC, 1.5, 1", "ANC, 1.5001, 1",
    "ANC, 0.9999, 3", "ANC, 1.0, 2", "ANC, 1.0001, 2",
    "ANC, 0.4999, 4", "ANC, 0.5, 3", "ANC, 0.5001, 3",
    "ANC, 1.7999, 1", "ANC, 1.8, 0", "ANC, 1.8001, 0",
    "PLT, 74.999, 2", "PLT, 75, 1", "PLT, 75.001, 1",
    "PLT, 49.999, 3", "PLT, 50, 2", "PLT, 50.001, 2",
    "PLT, 24.999, 4", "PLT, 25, 3", "PLT, 25.001, 3",
    "PLT, 149.999, 1", "PLT, 150, 0", "PLT, 150.001, 0",
    "HGB, 9.999, 2", "HGB, 10.0, 1", "HGB, 10.001, 1",
    "HGB, 7.999, 3", "HGB, 8.0, 2", "HGB, 8.001, 2",
    "HGB, 0.1, 3", "HGB, 11.999, 1", "HGB, 12.0, 0",
    "ALC, 0.7999, 2", "ALC, 0.8, 1", "ALC, 0.8001, 1",
    "ALC, 0.4999, 3", "ALC, 0.5, 2", "ALC, 0.5001, 2",
    "ALC, 0.1999, 4", "ALC, 0.2, 3", "ALC, 0.2001, 3",
    "WBC, 2.9999, 2", "WBC, 3.0, 1", "WBC, 3.0001, 1",
    "WBC, 1.9999, 3", "WBC, 2.0, 2", "WBC, 2.0001, 2",
    "WBC, 0.9999, 4", "WBC, 1.0, 3", "WBC, 1.0001, 3",
    "WBC, 3.9999, 1", "WBC, 4.0, 0", "WBC, 4.0001, 0"
  })
  void everyBandEdge(LabTest test, String value, int expected) {
    assertThat(grade(test, value, LLN.get(test))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "ANC, 1500, /uL, 1.5",
    "ANC, 1.5, 10^3/uL, 1.5",
    "PLT, 74000, cells/uL, 74",
    "WBC, 999, /mm3, 0.999",
    "HGB, 79, g/L, 7.9",
    "HGB, 7.9, g/dL, 7.9"
  })
  void unitsConvertExactly(LabTest test, String value, String unit, String canonical) {
    assertThat(LabUnits.toCanonical(test, new BigDecimal(value), unit))
        .isEqualByComparingTo(canonical);
  }

  @Test
  void unknownUnitsAndNegativeValuesAreErrors() {
    assertThatThrownBy(() -> LabUnits.toCanonical(LabTest.HGB, BigDecimal.ONE, "mmol/L"))
        .hasMessageContaining("mmol/L")
        .hasMessageContaining("g/dL");
    assertThatThrownBy(() -> CtcaeLabGrader.grade(LabTest.PLT, new BigDecimal("-1"), null))
        .hasMessageContaining("negative");
  }
}
