package org.celltrial.design.simon;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.celltrial.design.RateHypotheses;

/** Invariants of every Simon plan, over random hypotheses. */
class SimonTwoStagePropertyTest {

  @Property(tries = 40)
  void everyReportedDesignKeepsAlphaAndReachesPower(
      @ForAll @Scale(3) @DoubleRange(min = 0.05, max = 0.7) double p0,
      @ForAll @Scale(3) @DoubleRange(min = 0.6, max = 0.9) double power,
      @ForAll @Scale(3) @DoubleRange(min = 0.05, max = 0.2) double alpha) {
    RateHypotheses h = new RateHypotheses(p0, p0 + 0.25, alpha, power);
    SimonPlan plan = new SimonTwoStage(h, 60).solve();
    assertThat(plan.minimax().n()).isLessThanOrEqualTo(plan.optimal().n());
    assertThat(plan.optimal().en0()).isLessThanOrEqualTo(plan.minimax().en0());
    double previousUpper = 0;
    for (AdmissibleDesign a : plan.admissible()) {
      SimonDesign d = a.design();
      assertThat(d.size()).isLessThanOrEqualTo(alpha);
      assertThat(d.power()).isGreaterThanOrEqualTo(power);
      assertThat(d.r1()).isBetween(0, d.n1() - 1);
      assertThat(d.r()).isBetween(d.r1(), d.n() - 1);
      assertThat(d.en0()).isBetween((double) d.n1(), (double) d.n());
      // the weight intervals tile [0, 1] from the minimax design to the optimal one
      assertThat(a.qLower()).isEqualTo(previousUpper);
      previousUpper = a.qUpper();
    }
    assertThat(previousUpper).isEqualTo(1.0);
  }
}
