package org.celltrial.clinical.grading.igg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.grading.igg.Hypogammaglobulinemia.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IgG vectors IGG-01 to IGG-04 (reference section 2.3) and the boundaries. */
class HypogammaglobulinemiaTest {
  static final LocalDateTime T = LocalDateTime.of(2024, 5, 1, 8, 0);

  static Status judge(double v, String unit, IggRule rule) {
    return Hypogammaglobulinemia.judge(T, v, unit, List.of(), rule).status();
  }

  @ParameterizedTest(name = "{0}: IgG {1} {2} -> {3}")
  @CsvSource({
    "IGG-01, 400, mg/dL, SEVERE",
    "IGG-02, 401, mg/dL, NOT_SEVERE",
    "IGG-03, 4.0, g/L, SEVERE",
    "just below, 399.9, mg/dL, SEVERE",
    "g/L just above, 4.01, g/L, NOT_SEVERE"
  })
  void hillConvention(String id, double v, String unit, Status expected) {
    assertThat(judge(v, unit, IggRule.HILL_2019)).as(id).isEqualTo(expected);
  }

  @ParameterizedTest(name = "strict rule: IgG {0} -> {1}")
  @CsvSource({"399.9, SEVERE", "400, NOT_SEVERE", "400.1, NOT_SEVERE"})
  void strictOperatorIsAChoice(double v, Status expected) {
    IggRule strict = new IggRule(new BigDecimal(400), false, Duration.ofDays(28));
    assertThat(judge(v, "mg/dL", strict)).isEqualTo(expected);
  }

  @Test
  void igg04SampleFiveDaysAfterIvigIsExcluded() {
    var v =
        Hypogammaglobulinemia.judge(T, 350, "mg/dL", List.of(T.minusDays(5)), IggRule.HILL_2019);
    assertThat(v.status()).isEqualTo(Status.EXCLUDED_AFTER_IVIG);
  }

  @ParameterizedTest(name = "IVIG {0} days before -> {1}")
  @CsvSource({"27, EXCLUDED_AFTER_IVIG", "28, SEVERE", "-1, SEVERE"})
  void ivigWindowIs28DaysByDefault(int daysBefore, Status expected) {
    assertThat(
            Hypogammaglobulinemia.judge(
                    T, 350, "mg/dL", List.of(T.minusDays(daysBefore)), IggRule.HILL_2019)
                .status())
        .isEqualTo(expected);
  }

  @Test
  void unknownUnitIsAnError() {
    assertThatThrownBy(() -> judge(4, "mmol/L", IggRule.HILL_2019)).hasMessageContaining("mmol/L");
  }
}
