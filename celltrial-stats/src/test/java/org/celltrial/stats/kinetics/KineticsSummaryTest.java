package org.celltrial.stats.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import org.junit.jupiter.api.Test;

class KineticsSummaryTest {

  @Test
  void geometricMeanAndCvByHand() {
    // ln 10, ln 1000: mean ln 100 → geometric mean 100; sd = ln 100/√2 · √2 … s² = (ln 10)²·2.
    GeometricSummary g = GeometricSummary.of(new Double[] {10.0, 1000.0, 0.0, null});
    assertThat(g.n()).isEqualTo(2);
    assertThat(g.excluded()).isEqualTo(2);
    assertClose("gm", g.geometricMean(), 100);
    double s2 = 2 * Math.log(10) * Math.log(10);
    assertClose("cv", g.geometricCv(), 100 * Math.sqrt(Math.exp(s2) - 1));
    assertThat(GeometricSummary.of(new Double[] {5.0}).geometricCv()).isNull();
    assertThat(GeometricSummary.of(new Double[] {0.0}).geometricMean()).isNull();
  }

  @Test
  void medianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
    assertThat(RangeSummary.of(new Double[] {14.0, 7.0, null, 10.0}).median()).isEqualTo(10.0);
    RangeSummary even = RangeSummary.of(new Double[] {14.0, 7.0, 11.0, 10.0});
    assertThat(even.median()).isEqualTo(10.5);
    assertThat(even.min()).isEqualTo(7.0);
    assertThat(even.max()).isEqualTo(14.0);
    assertThat(RangeSummary.of(new Double[] {null}).n()).isZero();
  }
}
