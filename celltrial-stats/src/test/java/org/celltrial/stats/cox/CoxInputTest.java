package org.celltrial.stats.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Bad input to the Cox model: a clear message in both languages; separation is a warning. */
class CoxInputTest {
  private static final double[] TIME = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final int[] EVENT = {1, 0, 1, 1, 0, 1, 1, 1};
  private static final double[] AGE = {61, 70, 55, 48, 66, 59, 73, 52};

  private static void assertMessage(Runnable call, String english, String chinese) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            CelltrialException.class,
            e -> {
              assertThat(e.render(Lang.EN)).contains(english);
              assertThat(e.render(Lang.ZH)).contains(chinese);
            });
  }

  private static CoxFit fit(double[] time, int[] event, List<Covariate> covariates) {
    return CoxRegression.fit(time, event, null, covariates, Ties.EFRON);
  }

  @Test
  void constantCovariateIsNamed() {
    double[] sex = new double[8];
    java.util.Arrays.fill(sex, 1);
    assertMessage(
        () ->
            fit(
                TIME,
                EVENT,
                List.of(new Covariate.Numeric("age", AGE), new Covariate.Numeric("sex", sex))),
        "Covariate sex is constant (1 in every row)",
        "协变量 sex 为常数");
  }

  @Test
  void factorWithOneLevelIsNamed() {
    String[] arm = new String[8];
    java.util.Arrays.fill(arm, "CAR-T");
    assertMessage(
        () -> fit(TIME, EVENT, List.of(new Covariate.Factor("arm", arm, null))),
        "Covariate arm is constant (CAR-T in every row)",
        "协变量 arm 为常数");
  }

  @Test
  void collinearCovariateIsNamed() {
    double[] months = java.util.Arrays.stream(AGE).map(a -> 12 * a).toArray();
    assertMessage(
        () ->
            fit(
                TIME,
                EVENT,
                List.of(
                    new Covariate.Numeric("age", AGE), new Covariate.Numeric("months", months))),
        "Covariate months is a linear combination",
        "协变量 months 是其前面协变量的线性组合");
  }

  @Test
  void unknownReferenceLevelListsTheLevels() {
    String[] arm = {"a", "b", "a", "b", "a", "b", "a", "b"};
    assertMessage(
        () -> fit(TIME, EVENT, List.of(new Covariate.Factor("arm", arm, "c"))),
        "Reference level \"c\" is not a level of factor arm; its levels are: a, b",
        "参照水平“c”不是因子 arm 的水平");
  }

  @Test
  void noEventsIsRejected() {
    assertMessage(
        () -> fit(TIME, new int[8], List.of(new Covariate.Numeric("age", AGE))),
        "None of the 8 observations has an event",
        "8 个观测中没有任何事件");
  }

  @Test
  void negativeAndNanTimesAreNamed() {
    double[] negative = TIME.clone();
    negative[4] = -1;
    assertMessage(
        () -> fit(negative, EVENT, List.of(new Covariate.Numeric("age", AGE))),
        "Time of observation 5 is -1;",
        "第 5 个观测的时间为 -1；");
    double[] nan = TIME.clone();
    nan[0] = Double.NaN;
    assertMessage(
        () -> fit(nan, EVENT, List.of(new Covariate.Numeric("age", AGE))),
        "Time of observation 1 is NaN",
        "第 1 个观测的时间为 NaN");
  }

  @Test
  void noCovariatesIsRejected() {
    assertMessage(() -> fit(TIME, EVENT, List.of()), "no covariates", "没有协变量");
  }

  @Test
  void separationIsAWarningNotAnError() {
    // marker = 1 exactly for the four earliest events: the likelihood rises towards an asymptote
    double[] marker = {1, 0, 1, 1, 0, 1, 0, 0};
    int[] event = {1, 0, 1, 1, 0, 1, 0, 1};
    CoxFit fit =
        fit(
            TIME,
            event,
            List.of(new Covariate.Numeric("marker", marker), new Covariate.Numeric("age", AGE)));
    assertThat(fit.converged()).isTrue();
    assertThat(fit.coef()[0]).isGreaterThan(10);
    assertThat(fit.warnings()).hasSize(1);
    assertThat(fit.warnings().get(0).render(Lang.EN))
        .startsWith("Monotone likelihood")
        .contains("coefficient of marker");
    assertThat(fit.warnings().get(0).render(Lang.ZH)).contains("单调似然").contains("marker");
  }

  @Test
  void arraysOfCovariatesFitTheSameModel() {
    double[] dose = {1, 2, 1, 3, 2, 1, 3, 2};
    CoxFit listed =
        fit(
            TIME,
            EVENT,
            List.of(new Covariate.Numeric("age", AGE), new Covariate.Numeric("dose", dose)));
    CoxFit arrays =
        CoxRegression.fit(
            TIME,
            EVENT,
            null,
            new String[] {"age", "dose"},
            new double[][] {AGE, dose},
            Ties.EFRON);
    assertThat(arrays.terms()).containsExactly("age", "dose");
    assertThat(arrays.coef()).containsExactly(listed.coef());
    assertMessage(
        () ->
            CoxRegression.fit(
                TIME, EVENT, null, new String[] {"age"}, new double[][] {AGE, dose}, Ties.EFRON),
        "1 covariate names for 2 covariate arrays",
        "1 个协变量名称对应 2 个协变量数组");
  }

  @Test
  void levelOutsideZeroOneIsRejected() {
    CoxFit fit = fit(TIME, EVENT, List.of(new Covariate.Numeric("age", AGE)));
    assertMessage(() -> fit.coefficients(1.0), "confidence level is 1;", "置信水平为 1；");
  }
}
