package org.celltrial.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.design.simon.SimonTwoStage;
import org.celltrial.design.singlearm.TargetValueDesign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad design input is a {@link CelltrialException} naming the option and value, in English
 * and Chinese; values just inside each bound are accepted.
 */
class BadDesignInputTest {

  @ParameterizedTest(name = "p0={0} p1={1} alpha={2} power={3} -> {4}")
  @CsvSource({
    "0,      0.4,  0.05,  0.8,  design.p0, --p0, 目标值",
    "1,      0.4,  0.05,  0.8,  design.p0, --p0, 目标值",
    "NaN,    0.4,  0.05,  0.8,  design.p0, --p0, 目标值",
    "0.3,    0.3,  0.05,  0.8,  design.p1, --p1, 预期缓解率",
    "0.3,    0.2,  0.05,  0.8,  design.p1, --p1, 预期缓解率",
    "0.3,    1,    0.05,  0.8,  design.p1, --p1, 预期缓解率",
    "0.2,    0.4,  0,     0.8,  design.alpha, --alpha, 单侧显著性水平",
    "0.2,    0.4,  0.5,   0.8,  design.alpha, --alpha, 单侧显著性水平",
    "0.2,    0.4,  0.05,  0.5,  design.power, --power, 检验效能",
    "0.2,    0.4,  0.05,  1,    design.power, --power, 检验效能",
  })
  void badHypothesesAreNamedInBothLanguages(
      double p0, double p1, double alpha, double power, String key, String en, String zh) {
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> new RateHypotheses(p0, p1, alpha, power));
    assertThat(e.detail().key()).isEqualTo(key);
    assertThat(e.render(Lang.EN)).startsWith(en + " ").doesNotContain("{0}");
    assertThat(e.render(Lang.ZH)).startsWith(en + "（" + zh).doesNotContain("{0}");
  }

  @ParameterizedTest(name = "p0={0} p1={1} alpha={2} power={3} accepted")
  @CsvSource({
    "0.0001, 0.4,    0.05,   0.8",
    "0.3,    0.3001, 0.05,   0.8",
    "0.3,    0.9999, 0.05,   0.8",
    "0.2,    0.4,    0.0001, 0.8",
    "0.2,    0.4,    0.4999, 0.8",
    "0.2,    0.4,    0.05,   0.5001",
    "0.2,    0.4,    0.05,   0.9999",
  })
  void valuesJustInsideTheBoundsAreAccepted(double p0, double p1, double alpha, double power) {
    assertThat(new RateHypotheses(p0, p1, alpha, power).p0()).isEqualTo(p0);
  }

  @ParameterizedTest(name = "dropout={0} maxN={1} -> {2}")
  @CsvSource({
    "-0.01, 100,   design.dropout",
    "1,     100,   design.dropout",
    "0.1,   0,     design.maxN",
    "0.1,   20001, design.maxN",
    "0.5,   100,   design.effectiveRate",
  })
  void badSingleArmSettings(double dropout, int maxN, String key) {
    expect(() -> new TargetValueDesign(HYPOTHESES, dropout, maxN), key);
  }

  @ParameterizedTest(name = "maxN={0} -> {1}")
  @CsvSource({"65, design.singleArm.notReached", "67, design.singleArm.notStable"})
  void searchLimitTooSmall(int maxN, String key) {
    // R (single-arm-reference.json): p0 = 0.26, p1 = 0.45, alpha = 0.025, power 0.9 is first
    // reached at n = 66 and lost again at n = 67, 68, 70 and 73.
    expect(() -> new TargetValueDesign(HYPOTHESES, 0, maxN).solve(), key);
  }

  @ParameterizedTest(name = "maxN={0} -> {1}")
  @CsvSource({"1, simon.maxN", "201, simon.maxN", "10, simon.notFound"})
  void badSimonSearch(int maxN, String key) {
    expect(() -> new SimonTwoStage(HYPOTHESES, maxN).solve(), key);
  }

  private static final RateHypotheses HYPOTHESES = new RateHypotheses(0.26, 0.45, 0.025, 0.9);

  private static void expect(ThrowingCallable call, String key) {
    CelltrialException e = catchThrowableOfType(CelltrialException.class, call);
    assertThat(e).as(key).isNotNull();
    assertThat(e.detail().key()).isEqualTo(key);
    assertThat(e.render(Lang.EN)).contains("--").doesNotContain("{");
    assertThat(e.render(Lang.ZH)).contains("--").doesNotContain("{");
  }
}
