package org.celltrial.stats.binomial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;

class BinomialIntervalTest {

  @Property
  void everyIntervalLiesInTheUnitIntervalAndIsOrdered(
      @ForAll @IntRange(min = 1, max = 400) int n,
      @ForAll @IntRange(min = 0, max = 400) int rawX,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
    int x = rawX % (n + 1);
    for (BinomialInterval method : BinomialInterval.values()) {
      ProportionInterval ci = method.of(x, n, level);
      assertThat(ci.lower()).as(method + " lower").isBetween(0.0, 1.0);
      assertThat(ci.upper()).as(method + " upper").isBetween(ci.lower(), 1.0);
    }
  }

  @Property
  void clopperPearsonCoversTheEstimateAndWidensWithTheLevel(
      @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 0, max = 300) int rawX) {
    int x = rawX % (n + 1);
    ProportionInterval narrow = BinomialInterval.CLOPPER_PEARSON.of(x, n, 0.90);
    ProportionInterval wide = BinomialInterval.CLOPPER_PEARSON.of(x, n, 0.99);
    double p = (double) x / n;
    assertThat(narrow.lower()).isLessThanOrEqualTo(p);
    assertThat(narrow.upper()).isGreaterThanOrEqualTo(p);
    assertThat(wide.lower()).isLessThanOrEqualTo(narrow.lower());
    assertThat(wide.upper()).isGreaterThanOrEqualTo(narrow.upper());
  }

  @Test
  void targetIsMetOnlyWhenTheLowerLimitIsStrictlyAbove() {
    // 83/101: exact 95% lower limit 0.7330 (R binom.test), so 0.73 is met and 0.74 is not.
    assertThat(TargetValueVerdict.judge(83, 101, 0.73, 0.95).met()).isTrue();
    assertThat(TargetValueVerdict.judge(83, 101, 0.74, 0.95).met()).isFalse();
    double lower = BinomialInterval.CLOPPER_PEARSON.of(83, 101, 0.95).lower();
    assertThat(TargetValueVerdict.judge(83, 101, lower, 0.95).met())
        .as("equal is not above")
        .isFalse();
  }

  @Test
  void badCountsAndLevelsNameTheValueInBothLanguages() {
    assertThatThrownBy(() -> BinomialInterval.WILSON.of(12, 10, 0.95))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("12")
        .hasMessageContaining("n = 10");
    assertThatThrownBy(() -> BinomialInterval.WILSON.of(1, 0, 0.95)).hasMessageContaining("--n");
    CelltrialException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CelltrialException.class, () -> BinomialInterval.JEFFREYS.of(1, 10, 95));
    assertThat(e.render(Lang.EN)).contains("--level is 95");
    assertThat(e.render(Lang.ZH)).contains("--level 为 95");
    assertThatThrownBy(() -> ExactBinomialTest.pValueGreater(3, 10, 1.0))
        .hasMessageContaining("--target is 1");
  }
}
