package org.celltrial.design.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: each rule at its edge, with a message in both languages naming the value. */
class SurvivalInputTest {

  @ParameterizedTest
  @CsvSource({
    "-0.5, false",
    "0, false",
    "1e-6, true",
    "0.6, true",
    "0.9999, true",
    "1, false",
    "1.0001, true",
    "Infinity, false",
    "NaN, false"
  })
  void hazardRatioMustBePositiveAndNotOne(double hr, boolean ok) {
    check(
        () -> new SurvivalSpec(hr, 0.025, 1, 0.9, 1, EventsMethod.SCHOENFELD),
        ok,
        "--hr is",
        "--hr 为");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "0.025, true", "0.4999, true", "0.5, false"})
  void alphaMustLieStrictlyBetweenZeroAndHalf(double alpha, boolean ok) {
    check(
        () -> new SurvivalSpec(0.6, alpha, 2, 0.9, 1, EventsMethod.FREEDMAN),
        ok,
        "--alpha is",
        "--alpha 为");
  }

  @ParameterizedTest
  @CsvSource({"0.5, false", "0.5001, true", "0.99, true", "1, false"})
  void powerMustLieStrictlyBetweenHalfAndOne(double power, boolean ok) {
    check(
        () -> new SurvivalSpec(0.6, 0.025, 1, power, 1, EventsMethod.SCHOENFELD),
        ok,
        "--power is",
        "--power 为");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "2, true", "3, false"})
  void sidesAreOneOrTwo(int sided, boolean ok) {
    check(
        () -> new SurvivalSpec(0.6, 0.025, sided, 0.9, 1, EventsMethod.SCHOENFELD),
        ok,
        "--sided is",
        "--sided 为");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "0.01, true", "3, true", "-1, false"})
  void allocationRatioMustBePositive(double ratio, boolean ok) {
    check(
        () -> new SurvivalSpec(0.6, 0.025, 1, 0.9, ratio, EventsMethod.SCHOENFELD),
        ok,
        "--ratio is",
        "--ratio 为");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 12, 0.1, 12, --accrual is",
    "-1, 12, 0.1, 12, --accrual is",
    "24, -0.5, 0.1, 12, --follow-up is",
    "24, 12, -0.1, 12, drop-out probability of -0.1",
    "24, 12, 1, 12, drop-out probability of 1",
    "24, 12, 0.1, 0, drop-out time of 0"
  })
  void recruitmentRejectsImpossibleTimesAndRates(
      double accrual, double followUp, double rate, double time, String en) {
    check(() -> new Recruitment(accrual, followUp, rate, time), false, en, "为");
  }

  @ParameterizedTest
  @CsvSource({"24, 0, 0, 12", "0.5, 12, 0.999, 0.1"})
  void recruitmentAcceptsItsEdges(double accrual, double followUp, double rate, double time) {
    check(() -> new Recruitment(accrual, followUp, rate, time), true, "", "");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 12, --rate-control gives an event probability of 0",
    "1, 12, --rate-control gives an event probability of 1",
    "0.5, 0, --rate-control gives a time of 0"
  })
  void controlRateMustBeAProbabilityAtAPositiveTime(double rate, double time, String en) {
    check(() -> ControlArm.ofRate(rate, time), false, en, "--rate-control");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "-3, false", "0.1, true"})
  void controlMedianMustBePositive(double median, boolean ok) {
    check(() -> ControlArm.ofMedian(median), ok, "--median-control is", "--median-control 为");
  }

  private static void check(ThrowingCallable call, boolean ok, String en, String zh) {
    if (ok) {
      assertThatCode(call).doesNotThrowAnyException();
      return;
    }
    CelltrialException e = catchThrowableOfType(CelltrialException.class, call);
    assertThat(e).as("a CelltrialException").isNotNull();
    assertThat(e.render(Lang.EN)).contains(en);
    assertThat(e.render(Lang.ZH)).contains(zh);
  }
}
