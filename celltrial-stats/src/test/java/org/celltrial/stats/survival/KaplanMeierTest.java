package org.celltrial.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KaplanMeierTest {
  private static final double[] TIME = {1, 2, 2, 3, 4};
  private static final int[] EVENT = {1, 1, 0, 1, 0};

  @Test
  void greenwoodByHand() {
    // S: 4/5, ·3/4, ·1/2; var log S: 1/(5·4) + 1/(4·3) + 1/(2·1) (Greenwood 1926)
    KmCurve c = KaplanMeier.fit(TIME, EVENT, null, ConfType.PLAIN, 0.95);
    assertThat(c.time()).containsExactly(1, 2, 3, 4);
    assertThat(c.nRisk()).containsExactly(5, 4, 2, 1);
    assertThat(c.surv()).containsExactly(0.8, 0.8 * 0.75, 0.8 * 0.75 * 0.5, 0.8 * 0.75 * 0.5);
    assertThat(c.stdErr()[2]).isCloseTo(Math.sqrt(0.05 + 1.0 / 12 + 0.5), within());
    assertThat(c.seSurv()[2]).isCloseTo(0.3 * Math.sqrt(0.05 + 1.0 / 12 + 0.5), within());
  }

  @Test
  void allCensoredIsNotAnErrorButHasNoMedian() {
    KmCurve c = KaplanMeier.fit(TIME, new int[5], null, ConfType.LOG, 0.95);
    assertThat(c.surv()).containsOnly(1.0);
    assertThat(c.events()).isZero();
    Quantile median = c.median();
    assertThat(median.estimate()).isNaN();
    assertThat(median.lower()).isNaN();
    assertThat(median.upper()).isNaN();
  }

  @Test
  void entryMustBeStrictlyBeforeExit() {
    double[] time = {5, 6};
    int[] event = {1, 1};
    double exit = 5;
    assertThatCode(
            () ->
                KaplanMeier.fit(
                    time, event, new double[] {Math.nextDown(exit), 0}, ConfType.LOG, 0.95))
        .doesNotThrowAnyException();
    for (double entry : new double[] {exit, Math.nextUp(exit)}) {
      CelltrialException e =
          catchThrowableOfType(
              CelltrialException.class,
              () -> KaplanMeier.fit(time, event, new double[] {entry, 0}, ConfType.LOG, 0.95));
      assertThat(e.render(Lang.EN))
          .contains("Observation 1")
          .contains("entry time")
          .contains("exit time 5");
      assertThat(e.render(Lang.ZH)).contains("第 1 个观测").contains("进入时间");
    }
  }

  static Stream<Arguments> badInput() {
    double[] t = {1, 2};
    int[] e = {1, 0};
    int[] g = {0, 0};
    return Stream.of(
        Arguments.of(new double[0], new int[0], new int[0], null, "no observations", "没有任何观测"),
        Arguments.of(
            new double[] {1, -0.5},
            e,
            g,
            null,
            "Observation 2: the time is -0.5",
            "第 2 个观测：时间为 -0.5"),
        Arguments.of(
            new double[] {Double.NaN, 1}, e, g, null, "Observation 1: the time is NaN", "时间为 NaN"),
        Arguments.of(t, new int[] {1, 2}, g, null, "the event code is 2", "事件代码为 2"),
        Arguments.of(
            t, new int[] {1}, g, null, "event has 1 values but time has 2", "event 有 1 个值"),
        Arguments.of(
            t, e, new int[] {0, 2}, null, "Group code 1 of 0 to 2 has no observations", "分组代码 1"),
        Arguments.of(t, e, new int[] {0, -1}, null, "the group code is -1", "分组代码为 -1"),
        Arguments.of(
            t,
            e,
            g,
            new double[] {0, 2},
            "the entry time 2 is not before the exit time 2",
            "进入时间 2"),
        Arguments.of(t, e, g, new double[] {-1, 0}, "the entry time -1", "进入时间 -1"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputNamesTheValueInBothLanguages(
      double[] time, int[] event, int[] group, double[] entry, String english, String chinese) {
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class,
            () -> KaplanMeier.byGroup(time, event, group, entry, ConfType.LOG, 0.95));
    assertThat(e.render(Lang.EN)).contains(english);
    assertThat(e.render(Lang.ZH)).contains(chinese);
  }

  @Test
  void levelsLandmarksAndProbabilitiesAreChecked() {
    for (double level : new double[] {0, 1, Double.NaN}) {
      CelltrialException e =
          catchThrowableOfType(
              CelltrialException.class,
              () -> KaplanMeier.fit(TIME, EVENT, null, ConfType.LOG, level));
      assertThat(e.render(Lang.EN)).contains("confidence level is");
    }
    KmCurve c = KaplanMeier.fit(TIME, EVENT, null, ConfType.LOG, 0.95);
    assertThat(
            catchThrowableOfType(CelltrialException.class, () -> c.landmarks(-1)).render(Lang.EN))
        .contains("landmark time -1");
    assertThat(c.landmarks(0).get(0).surv()).isEqualTo(1);
    for (double p : new double[] {0, 1, -0.1}) {
      assertThat(
              catchThrowableOfType(CelltrialException.class, () -> c.quantiles(p)).render(Lang.ZH))
          .contains("分位数概率");
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-14);
  }
}
