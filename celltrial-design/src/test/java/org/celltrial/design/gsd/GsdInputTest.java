package org.celltrial.design.gsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: each rule at its edge, with a message in both languages naming the value. */
class GsdInputTest {
  private static final SpendingFunction OBF = new SpendingFunction.OBrienFleming();

  @ParameterizedTest
  @CsvSource({
    "0, false",
    "1e-9, true",
    "0.025, true",
    "0.4999, true",
    "0.5, false",
    "-0.01, false",
    "NaN, false"
  })
  void alphaMustLieStrictlyBetweenZeroAndHalf(double alpha, boolean ok) {
    check(
        () -> new GsdSpec(new double[] {0.5, 1}, alpha, 0.1, OBF, null), ok, "--alpha", "--alpha");
  }

  @ParameterizedTest
  @CsvSource({"0.5, false", "0.5001, true", "0.9, true", "0.9999, true", "1, false"})
  void powerMustLieStrictlyBetweenHalfAndOne(double power, boolean ok) {
    check(
        () -> new GsdSpec(new double[] {0.5, 1}, 0.025, 1 - power, OBF, null),
        ok,
        "--power",
        "--power");
  }

  @Test
  void informationFractionsMustIncreaseToOne() {
    CelltrialException notIncreasing =
        bad(() -> new GsdSpec(new double[] {0.5, 0.5, 1}, 0.025, 0.1, OBF, null));
    assertThat(notIncreasing.render(Lang.EN))
        .contains("strictly increase")
        .contains("0.5 follows 0.5");
    assertThat(notIncreasing.render(Lang.ZH)).contains("严格递增");
    CelltrialException lastNotOne =
        bad(() -> new GsdSpec(new double[] {0.5, 0.9}, 0.025, 0.1, OBF, null));
    assertThat(lastNotOne.render(Lang.EN)).contains("last information fraction is 0.9");
    assertThat(lastNotOne.render(Lang.ZH)).contains("必须等于 1");
    assertThat(bad(() -> new GsdSpec(new double[] {0, 1}, 0.025, 0.1, OBF, null)).render(Lang.EN))
        .contains("0 is not an information fraction");
    assertThat(
            bad(() -> new GsdSpec(new double[] {0.5, 1.2}, 0.025, 0.1, OBF, null)).render(Lang.EN))
        .contains("1.2 is not an information fraction");
    assertThat(bad(() -> new GsdSpec(new double[] {1}, 0.025, 0.1, OBF, null)).render(Lang.EN))
        .contains("2 to 20 looks");
    assertThat(bad(() -> GsdSpec.equallySpaced(21)).render(Lang.ZH)).contains("--looks 为 21");
  }

  @ParameterizedTest
  @CsvSource({"-10.01, false", "-10, true", "5, true", "5.01, false"})
  void hwangShihDeCaniGammaLiesInRpactsRange(double gamma, boolean ok) {
    check(() -> new SpendingFunction.HwangShihDeCani(gamma), ok, "gamma is", "gamma 为");
  }

  @Test
  void spendingNamesAreReadOrRejected() {
    assertThat(SpendingFunction.parse("--spending", "OBF")).isEqualTo(OBF);
    assertThat(SpendingFunction.parse("--spending", "pocock"))
        .isEqualTo(new SpendingFunction.Pocock());
    assertThat(SpendingFunction.parse("--futility", "hsd:-2").label()).isEqualTo("hsd:-2");
    assertThat(SpendingFunction.parse("--futility", "hsd:0.5").label()).isEqualTo("hsd:0.5");
    CelltrialException e = bad(() -> SpendingFunction.parse("--futility", "hsd:x"));
    assertThat(e.render(Lang.EN)).contains("--futility is \"hsd:x\"");
    assertThat(e.render(Lang.ZH)).contains("--futility 为 \"hsd:x\"");
    assertThat(bad(() -> SpendingFunction.parse("--spending", "kd")).render(Lang.EN))
        .contains("expected obf");
  }

  private static void check(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      boolean ok,
      String en,
      String zh) {
    if (ok) {
      assertThatCode(call).doesNotThrowAnyException();
    } else {
      CelltrialException e = bad(call);
      assertThat(e.render(Lang.EN)).contains(en);
      assertThat(e.render(Lang.ZH)).contains(zh);
    }
  }

  private static CelltrialException bad(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    CelltrialException e = catchThrowableOfType(CelltrialException.class, call);
    assertThat(e).as("a CelltrialException").isNotNull();
    return e;
  }
}
