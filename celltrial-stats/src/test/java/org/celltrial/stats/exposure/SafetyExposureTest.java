package org.celltrial.stats.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against exposure-reference.json (R's pbinom and binom.test, exposure-reference.R). */
class SafetyExposureTest {
  private static final JsonNode REF =
      Reference.json(SafetyExposureTest.class, "exposure-reference.json");

  @Test
  void probabilityOfAtLeastKMatchesPbinom() {
    for (JsonNode c : REF.get("atLeast")) {
      int n = c.get("n").asInt();
      int k = c.get("k").asInt();
      double rate = c.get("rate").asDouble();
      assertClose(
          "P(X>=" + k + "), n=" + n + ", p=" + rate,
          SafetyExposure.probabilityOfAtLeast(k, n, rate),
          c.get("probability"));
    }
    assertThat(REF.get("atLeast")).hasSizeGreaterThan(100);
  }

  @Test
  void zeroEventUpperLimitMatchesBinomTest() {
    for (JsonNode c : REF.get("zeroEventUpper")) {
      assertClose(
          "upper n=" + c.get("n") + " level=" + c.get("level"),
          SafetyExposure.zeroEventUpperLimit(c.get("n").asInt(), c.get("level").asDouble()),
          c.get("upper"));
    }
  }

  @Test
  void subjectsNeededMatchesAWalkInR() {
    for (JsonNode c : REF.get("needed")) {
      assertThat(
              SafetyExposure.subjectsNeeded(
                  c.get("k").asInt(), c.get("rate").asDouble(), c.get("probability").asDouble()))
          .as(c.toString())
          .isEqualTo(c.get("n").asInt());
    }
  }

  @Test
  void handCalculations() {
    // 1 − 0.99^120 = 0.70069... ; 1 − 0.05^(1/120); rule of three 3/120 = 0.025.
    assertClose("p", SafetyExposure.probabilityOfAtLeast(1, 120, 0.01), 1 - Math.pow(0.99, 120));
    assertClose(
        "upper", SafetyExposure.zeroEventUpperLimit(120, 0.95), 1 - Math.pow(0.05, 1.0 / 120));
    assertClose("rule of three", SafetyExposure.ruleOfThree(120), 0.025);
    // ln 0.05 / ln 0.99 = 298.07 → 299 subjects to see a 1% event with 95% probability.
    assertThat(SafetyExposure.subjectsNeeded(1, 0.01, 0.95)).isEqualTo(299);
  }

  @ParameterizedTest
  @CsvSource({"0.5, 0.5, 1", "0.5, 0.75, 2", "0.5, 0.7500001, 3"})
  void neededAtTheBoundary(double rate, double probability, int n) {
    // P(X ≥ 1) = 1 − 0.5^n: 0.5 at n = 1, 0.75 at n = 2 (reached exactly), 0.875 at n = 3.
    assertThat(SafetyExposure.subjectsNeeded(1, rate, probability)).isEqualTo(n);
  }

  @Property
  void neededIsTheSmallestNThatReachesTheProbability(
      @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @DoubleRange(min = 0.005, max = 0.6) @Scale(4) double rate,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double probability) {
    int n = SafetyExposure.subjectsNeeded(k, rate, probability);
    assertThat(SafetyExposure.probabilityOfAtLeast(k, n, rate)).isGreaterThanOrEqualTo(probability);
    if (n > k) {
      assertThat(SafetyExposure.probabilityOfAtLeast(k, n - 1, rate)).isLessThan(probability);
    }
  }

  @Test
  void badInputNamesTheValue() {
    assertThatThrownBy(() -> SafetyExposure.probabilityOfAtLeast(1, 0, 0.1))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("--n (treated subjects) is 0");
    assertThatThrownBy(() -> SafetyExposure.probabilityOfAtLeast(5, 4, 0.1))
        .hasMessageContaining(
            "--k (events to observe) is 5; it must be a whole number from 1 to 4");
    assertThatThrownBy(() -> SafetyExposure.probabilityOfAtLeast(1, 4, 1))
        .hasMessageContaining("rate is 1;");
    assertThatThrownBy(() -> SafetyExposure.subjectsNeeded(1, 1e-12, 0.95))
        .hasMessageContaining("more than 2147483647 subjects");
    CelltrialException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CelltrialException.class, () -> SafetyExposure.zeroEventUpperLimit(10, 95));
    assertThat(e.render(Lang.ZH)).contains("--level 为 95");
  }
}
