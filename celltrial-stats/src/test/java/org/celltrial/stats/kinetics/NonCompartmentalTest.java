package org.celltrial.stats.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.celltrial.common.testing.Reference.assertClose;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonCompartmentalTest {
  private static final double[] NO_DAYS = {};

  private static NcaSettings settings(double end) {
    return new NcaSettings(end, 0, BlqAfterPeak.EXCLUDE, NO_DAYS);
  }

  @Test
  void handCalculatedLinearUpLogDown() {
    // 0 → 100 over days 0–4: linear, 4·(0+100)/2 = 200.
    // 100 → 25 over days 4–8: log, 4·(100−25)/ln 4 = 300/ln 4 = 216.40425613334452.
    // 25 → 25 over days 8–10: flat, linear, 2·25 = 50.
    SubjectNca r =
        NonCompartmental.analyse(
            new double[] {0, 4, 8, 10}, new double[] {0, 100, 25, 25}, settings(10));
    assertClose("auc0-10", r.aucEnd(), 200 + 300 / Math.log(4) + 50);
    assertClose("aucLast", r.aucLast(), 200 + 300 / Math.log(4) + 50);
    assertThat(r.cmax()).isEqualTo(100);
    assertThat(r.tmax()).isEqualTo(4);
    assertThat(r.clast()).isEqualTo(25);
    assertThat(r.tlast()).isEqualTo(10);
  }

  @Test
  void partialAucInterpolatesByTheIntervalsRule() {
    // End 6 inside the log interval 100 → 25 (days 4–8): C(6) = 100·(1/4)^(1/2) = 50,
    // area 2·(100−50)/ln 2 = 100/ln 2. Plus 200 for days 0–4.
    SubjectNca log =
        NonCompartmental.analyse(new double[] {0, 4, 8}, new double[] {0, 100, 25}, settings(6));
    assertClose("log part", log.aucEnd(), 200 + 100 / Math.log(2));
    // End 2 inside the rising interval 0 → 100 (days 0–4): C(2) = 50, area 2·(0+50)/2 = 50.
    SubjectNca lin =
        NonCompartmental.analyse(new double[] {0, 4, 8}, new double[] {0, 100, 25}, settings(2));
    assertClose("linear part", lin.aucEnd(), 50);
    // A fall to 0 (BLQ as 0) stays linear: 100 → 0 over days 4–8, end 6: C = 50, area 2·75 = 150.
    SubjectNca zero =
        NonCompartmental.analyse(
            new double[] {0, 4, 8},
            new double[] {0, 100, 0},
            new NcaSettings(6, 0, BlqAfterPeak.ZERO, NO_DAYS));
    assertClose("fall to zero", zero.aucEnd(), 200 + 150);
  }

  @Test
  void blqBeforeThePeakIsZeroAndAfterItIsDroppedOrZero() {
    double[] t = {0, 2, 4, 6, 8};
    double[] c = {0, 5, 80, 10, 0}; // lloq 20: 5 (before Tmax) → 0, 10 and 0 after Tmax → BLQ
    SubjectNca drop =
        NonCompartmental.analyse(t, c, new NcaSettings(4, 20, BlqAfterPeak.EXCLUDE, NO_DAYS));
    // days 0–2: 0; 2–4: 2·80/2 = 80. Profile ends at Tlast = 4.
    assertClose("auc0-4", drop.aucEnd(), 80);
    assertThat(drop.tlast()).isEqualTo(4);
    assertThat(drop.quantifiable()).isEqualTo(1);
    assertThat(
            NonCompartmental.analyse(t, c, new NcaSettings(6, 20, BlqAfterPeak.EXCLUDE, NO_DAYS))
                .aucEnd())
        .as("profile ends at Tlast: no AUC0-6")
        .isNull();
    SubjectNca zero =
        NonCompartmental.analyse(t, c, new NcaSettings(8, 20, BlqAfterPeak.ZERO, NO_DAYS));
    // plus days 4–6: 80 → 0 linear = 80, 6–8: 0.
    assertClose("auc0-8 with zeros", zero.aucEnd(), 160);
    assertClose("aucLast still stops at Tlast", zero.aucLast(), 80);
  }

  @Test
  void missingDayZeroIsAZeroAndTiesAtTheMaxTakeTheFirstTime() {
    SubjectNca r =
        NonCompartmental.analyse(new double[] {7, 2, 4}, new double[] {30, 10, 30}, settings(7));
    // (0,0) added: 0–2: 10; 2–4: 2·40/2 = 40; 4–7: flat 3·30 = 90.
    assertClose("auc", r.aucEnd(), 140);
    assertThat(r.tmax()).isEqualTo(4);
  }

  @Test
  void aNonExpanderHasCmaxZeroAndNoTimes() {
    SubjectNca r =
        NonCompartmental.analyse(new double[] {0, 7, 28}, new double[] {0, 0, 0}, settings(28));
    assertThat(r.cmax()).isZero();
    assertThat(r.tmax()).isNull();
    assertThat(r.tlast()).isNull();
    assertThat(r.aucEnd()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "89.9, detectable",
    "90, detectable",
    "90.1, not-detectable",
    "120, not-detectable",
    "120.1, not-evaluable"
  })
  void persistenceAtTheDayBoundary(double day, String expected) {
    SubjectNca r =
        NonCompartmental.analyse(
            new double[] {0, 7, 90, 120},
            new double[] {0, 500, 12, 0},
            new NcaSettings(7, 0, BlqAfterPeak.EXCLUDE, new double[] {day}));
    assertThat(r.persistence()).extracting(Persistence::label).isEqualTo(List.of(expected));
  }

  @ParameterizedTest
  @CsvSource({"49.999, 0", "50, 1", "50.001, 1"})
  void lloqBoundary(double value, int quantifiable) {
    SubjectNca r =
        NonCompartmental.analyse(
            new double[] {0, 7},
            new double[] {0, value},
            new NcaSettings(7, 50, BlqAfterPeak.EXCLUDE, NO_DAYS));
    assertThat(r.quantifiable()).isEqualTo(quantifiable);
  }

  @Property
  void partialAucGrowsWithItsEndAndMeetsAucLastAtTlast(
      @ForAll @DoubleRange(min = 1, max = 1e6) double c1,
      @ForAll @DoubleRange(min = 1, max = 1e6) double c2,
      @ForAll @DoubleRange(min = 1, max = 1e6) double c3,
      @ForAll @IntRange(min = 1, max = 99) int percent) {
    double[] t = {0, 3, 10, 30};
    double[] c = {0, c1, c2, c3};
    double end = 30.0 * percent / 100;
    double a = NonCompartmental.analyse(t, c, settings(end)).aucEnd();
    double b = NonCompartmental.analyse(t, c, settings(end + 0.3)).aucEnd();
    assertThat(b).isGreaterThan(a);
    SubjectNca full = NonCompartmental.analyse(t, c, settings(30));
    assertClose("auc0-30 = aucLast", full.aucEnd(), full.aucLast());
  }

  @Property
  void scalingTheConcentrationsScalesCmaxAndAucAndNothingElse(
      @ForAll @DoubleRange(min = 0, max = 1e5) double c1,
      @ForAll @DoubleRange(min = 0, max = 1e5) double c2,
      @ForAll @DoubleRange(min = 0, max = 1e5) double c3,
      @ForAll @DoubleRange(min = 0.01, max = 100) double k) {
    double[] t = {0, 4, 9, 20};
    NcaSettings s = new NcaSettings(15, 0, BlqAfterPeak.EXCLUDE, new double[] {20});
    SubjectNca a = NonCompartmental.analyse(t, new double[] {0, c1, c2, c3}, s);
    SubjectNca b = NonCompartmental.analyse(t, new double[] {0, k * c1, k * c2, k * c3}, s);
    assertClose("cmax", b.cmax(), k * a.cmax());
    assertClose("aucLast", b.aucLast(), k * a.aucLast());
    if (a.aucEnd() != null) {
      assertClose("aucEnd", b.aucEnd(), k * a.aucEnd());
    }
    assertThat(b.tmax()).isEqualTo(a.tmax());
    assertThat(b.tlast()).isEqualTo(a.tlast());
    assertThat(b.persistence()).isEqualTo(a.persistence());
  }

  @Property
  void logDownNeverExceedsTheLinearTrapezoid(
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double high,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double low) {
    double c1 = Math.max(high, low);
    double c2 = Math.min(high, low);
    assertThat(Trapezoid.area(0, c1, 2, c2)).isLessThanOrEqualTo(c1 + c2 + 1e-9 * c1);
    assertThat(Trapezoid.area(0, c1, 2, c2)).isGreaterThanOrEqualTo(2 * c2);
  }

  @Test
  void badInputNamesTheValue() {
    assertThatThrownBy(
            () -> NonCompartmental.analyse(new double[] {0, 7}, new double[] {1}, settings(7)))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("2 times but 1 concentrations");
    assertThatThrownBy(
            () ->
                NonCompartmental.analyse(
                    new double[] {0, 7, 7}, new double[] {0, 1, 2}, settings(7)))
        .hasMessageContaining("at time 7;");
    assertThatThrownBy(
            () -> NonCompartmental.analyse(new double[] {0, 7}, new double[] {0, -1}, settings(7)))
        .hasMessageContaining("sample 2 is -1;");
    CelltrialException e =
        catchThrowableOfType(
            CelltrialException.class, () -> new NcaSettings(0, 0, BlqAfterPeak.EXCLUDE, NO_DAYS));
    assertThat(e.render(Lang.EN)).contains("AUC end time is 0;");
    assertThat(e.render(Lang.ZH)).contains("AUC 截止时间为 0；");
  }
}
