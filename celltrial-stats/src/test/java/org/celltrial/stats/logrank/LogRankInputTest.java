package org.celltrial.stats.logrank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Bad input to the log-rank test: a clear message in both languages, never NaN. */
class LogRankInputTest {
  private static final double[] TIME = {1, 2, 3, 4};
  private static final int[] EVENT = {1, 0, 1, 1};
  private static final int[] GROUP = {0, 1, 0, 1};

  private static void assertMessage(Runnable call, String english, String chinese) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            CelltrialException.class,
            e -> {
              assertThat(e.render(Lang.EN)).contains(english);
              assertThat(e.render(Lang.ZH)).contains(chinese);
            });
  }

  @Test
  void negativeOrNanTimeIsNamedWithItsPosition() {
    assertMessage(
        () -> LogRankTest.compare(new double[] {1, -0.5, 3, 4}, EVENT, GROUP, 2, null, 0),
        "Time of observation 2 is -0.5",
        "第 2 个观测的时间为 -0.5");
    assertMessage(
        () -> LogRankTest.compare(new double[] {1, 2, Double.NaN, 4}, EVENT, GROUP, 2, null, 0),
        "Time of observation 3 is NaN",
        "第 3 个观测的时间为 NaN");
  }

  @Test
  void zeroTimeIsAccepted() {
    LogRankResult r = LogRankTest.compare(new double[] {0, 2, 3, 4}, EVENT, GROUP, 2, null, 0);
    assertThat(r.df()).isEqualTo(1);
  }

  @Test
  void singleGroupIsRejected() {
    assertMessage(
        () -> LogRankTest.compare(TIME, EVENT, new int[4], 1, null, 0), "only 1 group", "只有 1 个组");
  }

  @Test
  void emptyGroupIsNamed() {
    assertMessage(
        () -> LogRankTest.compare(TIME, EVENT, new int[] {0, 2, 0, 2}, 3, null, 0),
        "Group 1 has no observations",
        "组 1 没有观测");
  }

  @Test
  void noEventsIsRejected() {
    assertMessage(
        () -> LogRankTest.compare(TIME, new int[4], GROUP, 2, null, 0),
        "None of the 4 observations has an event",
        "4 个观测中没有任何事件");
  }

  @Test
  void eventCodeOtherThanZeroOrOneIsNamed() {
    assertMessage(
        () -> LogRankTest.compare(TIME, new int[] {1, 2, 0, 1}, GROUP, 2, null, 0),
        "Event status of observation 2 is 2",
        "第 2 个观测的事件状态为 2");
  }

  @Test
  void negativeRhoIsRejected() {
    assertMessage(
        () -> LogRankTest.compare(TIME, EVENT, GROUP, 2, null, -1), "rho is -1;", "rho 为 -1；");
  }

  @Test
  void singularVarianceIsAClearErrorNotNaN() {
    // both subjects die at the same time: every variance term d(n-d) is 0
    assertMessage(
        () ->
            LogRankTest.compare(
                new double[] {1, 1}, new int[] {1, 1}, new int[] {0, 1}, 2, null, 0),
        "variance matrix",
        "方差矩阵");
  }

  @Test
  void mismatchedLengthsAreNamed() {
    assertMessage(
        () -> LogRankTest.compare(TIME, EVENT, new int[] {0, 1}, 2, null, 0),
        "group has 2 values, but there are 4 times",
        "group 有 2 个值");
  }
}
