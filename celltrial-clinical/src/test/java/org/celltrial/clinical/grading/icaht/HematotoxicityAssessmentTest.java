package org.celltrial.clinical.grading.icaht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.clinical.grading.ctcae.TemperatureReading;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prolonged cytopenia CYT-01 to CYT-03 (section 3.3), febrile neutropenia by day, rejections. */
class HematotoxicityAssessmentTest {
  static final LocalDateTime INFUSION = LocalDateTime.of(2024, 3, 1, 10, 0);

  static CountObservation count(int day, String test, double value, String unit) {
    return new CountObservation(
        INFUSION.toLocalDate().plusDays(day).atTime(7, 0), test, value, unit, null);
  }

  static ProlongedCytopenia.Verdict verdict(Hematotoxicity h, LabTest t) {
    return h.cytopenia().stream().filter(v -> v.test() == t).findFirst().orElseThrow();
  }

  @Test
  void cyt01Anc08OnDay29IsProlongedAtTheDay28Landmark() {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(INFUSION, List.of(count(29, "anc", 0.8, "10^9/L")), null),
            IcahtParameters.DEFAULT);
    assertThat(verdict(h, LabTest.ANC).prolonged()).isTrue();
    assertThat(verdict(h, LabTest.ANC).landmarkValueDay()).isEqualTo(29);
    assertThat(verdict(h, LabTest.PLT).prolonged()).isNull();
  }

  @Test
  void cyt02Anc11OnDay28IsNotProlonged() {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(INFUSION, List.of(count(28, "anc", 1.1, "10^9/L")), null),
            IcahtParameters.DEFAULT);
    assertThat(verdict(h, LabTest.ANC).prolonged()).isFalse();
  }

  @Test
  void cyt03Platelets18OnDay95IsLateGrade4() {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(INFUSION, List.of(count(95, "plt", 18, "10^9/L")), null),
            IcahtParameters.DEFAULT);
    assertThat(verdict(h, LabTest.PLT).late()).isTrue();
    assertThat(h.counts().get(0).grade().grade()).isEqualTo(4);
  }

  @ParameterizedTest(name = "value on day {0} -> judged {1}")
  @CsvSource({"24, false", "25, true", "31, true", "32, false"})
  void landmarkWindowIsPlusMinusThreeDays(int day, boolean judged) {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(INFUSION, List.of(count(day, "anc", 0.3, "10^9/L")), null),
            IcahtParameters.DEFAULT);
    assertThat(verdict(h, LabTest.ANC).prolonged() != null).isEqualTo(judged);
  }

  @ParameterizedTest(name = "late cytopenia on day {0} -> {1}")
  @CsvSource({"90, false", "91, true"})
  void lateCytopeniaIsAfterDay90(int day, boolean late) {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(INFUSION, List.of(count(day, "plt", 18, "10^9/L")), null),
            IcahtParameters.DEFAULT);
    assertThat(verdict(h, LabTest.PLT).late()).isEqualTo(late);
  }

  @Test
  void febrileNeutropeniaPairsTheDaysLowestAncWithItsTemperatures() {
    LocalDateTime day3 = INFUSION.plusDays(2);
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(
                INFUSION,
                List.of(count(2, "anc", 1200, "/uL"), count(2, "anc", 850, "/uL")),
                List.of(
                    new TemperatureReading(day3.withHour(10), 38.4, null),
                    new TemperatureReading(day3.plusDays(1), 38.9, null),
                    new TemperatureReading(day3.plusDays(2), 36.9, null))),
            IcahtParameters.DEFAULT);
    assertThat(h.febrileNeutropenia()).hasSize(2);
    assertThat(h.febrileNeutropenia().get(0).grade()).isEqualTo(3);
    assertThat(h.febrileNeutropenia().get(0).anc()).isEqualByComparingTo("0.85");
    assertThat(h.febrileNeutropenia().get(1).grade()).isNull();
  }

  @Test
  void impossibleCountsAreRejectedNamingIndexAndTimeAndTheRestAssessed() {
    Hematotoxicity h =
        HematotoxicityAssessment.assess(
            new CountsInput(
                INFUSION,
                List.of(
                    count(1, "anc", 300, "/uL"),
                    count(2, "anc", -5, "/uL"),
                    count(3, "neutrophilz", 300, "/uL"),
                    count(-2, "anc", 300, "/uL"),
                    count(4, "hgb", 7.0, "mmol/L")),
                List.of(new TemperatureReading(INFUSION.plusHours(5), 50.0, null))),
            IcahtParameters.DEFAULT);
    assertThat(h.counts()).hasSize(1);
    assertThat(h.rejected()).hasSize(5);
    assertThat(h.rejected().stream().map(r -> r.reason().render(Lang.EN)))
        .anyMatch(s -> s.startsWith("counts[1] (2024-03-03T07:00)") && s.contains("negative"))
        .anyMatch(s -> s.startsWith("counts[2]") && s.contains("neutrophilz"))
        .anyMatch(s -> s.startsWith("counts[3]") && s.contains("before the infusion"))
        .anyMatch(s -> s.startsWith("counts[4]") && s.contains("mmol/L"))
        .anyMatch(s -> s.startsWith("temperatures[0]") && s.contains("50"));
  }
}
