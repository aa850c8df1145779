package org.celltrial.stats.competing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is rejected with a message naming the value and the rule, in both languages. */
class CompetingInputTest {
  private static final double[] TIME = {1, 2, 3, 4, 5, 6};
  private static final int[] STATUS = {1, 2, 0, 1, 2, 0};
  private static final int[] GROUP = {0, 1, 0, 1, 0, 1};

  private static void rejects(Executable call, String english, String chinese) {
    CelltrialException e =
        org.junit.jupiter.api.Assertions.assertThrows(CelltrialException.class, call);
    assertThat(e.render(Lang.EN)).contains(english);
    assertThat(e.render(Lang.ZH)).contains(chinese);
  }

  @ParameterizedTest
  @CsvSource({"-0.001, -0.001", "-1, -1", "NaN, NaN", "Infinity, Infinity"})
  void negativeOrMissingTimesAreRejected(double bad, String shown) {
    double[] time = {1, 2, bad};
    rejects(
        () -> CumulativeIncidence.estimate(time, new int[] {1, 0, 2}),
        "Time of subject 3 is " + shown + ";",
        "受试者 3 的时间为 " + shown + "；");
  }

  @Test
  void timeZeroIsAccepted() {
    assertThat(CumulativeIncidence.estimate(new double[] {0, 1}, new int[] {1, 0})).hasSize(1);
  }

  @Test
  void negativeStatusIsRejected() {
    rejects(
        () -> CumulativeIncidence.estimate(new double[] {1, 2}, new int[] {1, -1}),
        "Status of subject 2 is -1",
        "受试者 2 的状态为 -1");
  }

  @Test
  void noEventAtAllIsRejected() {
    rejects(
        () -> CumulativeIncidence.estimate(new double[] {1, 2}, new int[] {0, 0}),
        "None of the 2 subjects has an event",
        "2 名受试者均未发生");
  }

  @Test
  void lengthsMustAgree() {
    rejects(
        () -> CumulativeIncidence.estimate(new double[] {1, 2}, new int[] {0}),
        "status has 1 values for 2 subjects",
        "status 有 1 个值");
  }

  @Test
  void anEmptyGroupIsRejected() {
    rejects(
        () -> CumulativeIncidence.estimate(TIME, STATUS, GROUP, 3),
        "group 2 has no subjects",
        "group 2 没有受试者");
  }

  @Test
  void aGroupCodeOutOfRangeIsRejected() {
    rejects(
        () -> CumulativeIncidence.estimate(TIME, STATUS, new int[] {0, 1, 0, 1, 0, 2}, 2),
        "group code of subject 6 is 2; codes must be whole numbers from 0 to 1",
        "受试者 6 的 group 代码为 2");
  }

  @Test
  void grayTestNeedsTwoGroups() {
    rejects(
        () -> GrayTest.test(TIME, STATUS, new int[6], 1),
        "the data have 1 group; it needs at least 2",
        "只有 1 组");
  }

  @Test
  void grayTestNeedsSomeoneAtRiskInEachGroup() {
    // group 1 is entirely censored before the only event of cause 1
    double[] time = {1, 2, 3};
    int[] status = {0, 1, 0};
    rejects(
        () -> GrayTest.test(time, status, new int[] {1, 0, 0}, 2),
        "Gray's test for cause 1: the variance of the group scores is singular",
        "原因 1 的 Gray 检验");
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "-0.1, -0.1", "1.5, 1.5", "NaN, NaN"})
  void levelMustLieInsideZeroOne(double level, String shown) {
    IncidenceCurve curve = CumulativeIncidence.estimate(TIME, STATUS).get(0);
    assertThatThrownBy(() -> curve.at(2, level))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("The confidence level is " + shown + ";");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.001, 0.5, 0.999})
  void levelsJustInsideAreAccepted(double level) {
    IncidenceCurve curve = CumulativeIncidence.estimate(TIME, STATUS).get(0);
    IncidencePoint p = curve.at(2, level);
    assertThat(p.lower()).isLessThan(p.estimate());
    assertThat(p.upper()).isGreaterThan(p.estimate());
  }

  @Test
  void aCauseThatNeverOccursCannotBeModelled() {
    rejects(
        () -> FineGray.fit(TIME, STATUS, new double[] {1, 2, 3, 1, 2, 4}, List.of("age"), 3, 0.95),
        "Cause 3 never occurs in the data (causes observed: 1, 2)",
        "数据中从未出现原因 3（已观察到的原因：1, 2）");
  }

  @Test
  void aConstantCovariateIsRejected() {
    rejects(
        () ->
            FineGray.fit(
                TIME,
                STATUS,
                new double[] {1, 5, 2, 5, 3, 5, 1, 5, 2, 5, 4, 5},
                List.of("age", "dose"),
                1,
                0.95),
        "covariate dose has the same value (5) for every subject",
        "协变量 dose 对所有受试者取值相同（5）");
  }

  @Test
  void collinearCovariatesAreRejected() {
    rejects(
        () ->
            FineGray.fit(
                TIME,
                STATUS,
                new double[] {1, 2, 2, 4, 3, 6, 1, 2, 2, 4, 4, 8},
                List.of("a", "b"),
                1,
                0.95),
        "information matrix is singular for covariates a, b",
        "信息矩阵奇异");
  }

  @Test
  void nonFiniteCovariateIsRejected() {
    rejects(
        () ->
            FineGray.fit(
                TIME, STATUS, new double[] {1, 2, Double.NaN, 1, 2, 4}, List.of("age"), 1, 0.95),
        "covariate age of subject 3 is NaN",
        "受试者 3 的协变量 age 为 NaN");
  }
}
