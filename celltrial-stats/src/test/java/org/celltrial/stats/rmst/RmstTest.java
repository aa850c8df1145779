package org.celltrial.stats.rmst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.i18n.Lang;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.junit.jupiter.api.Test;

class RmstTest {
  // last follow-up at 4 (censored)
  private static final KmCurve CURVE =
      KaplanMeier.fit(
          new double[] {1, 2, 2, 3, 4}, new int[] {1, 1, 0, 1, 0}, null, ConfType.LOG, 0.95);

  @Test
  void areaByHand() {
    // S = 1 on [0,1), 0.8 on [1,2), 0.6 on [2,3), 0.3 on [3,4]: area to 3.5 = 1 + 0.8 + 0.6 + 0.15
    assertThat(Rmst.of(CURVE, 3.5, "A").estimate())
        .isCloseTo(2.55, org.assertj.core.data.Offset.offset(1e-14));
  }

  @Test
  void tauUpToTheLastFollowUpIsAllowedAndBeyondIsAnError() {
    assertThat(Rmst.of(CURVE, Math.nextDown(4.0), "A").estimate())
        .isCloseTo(2.7, org.assertj.core.data.Offset.offset(1e-12));
    // to tau = 4: 1 + 0.8 + 0.6 + 0.3
    assertThat(Rmst.of(CURVE, 4.0, "A").estimate())
        .isCloseTo(2.7, org.assertj.core.data.Offset.offset(1e-14));
    CelltrialException e =
        catchThrowableOfType(CelltrialException.class, () -> Rmst.of(CURVE, Math.nextUp(4.0), "A"));
    assertThat(e.render(Lang.EN)).contains("last follow-up time 4 of group A").contains("survRM2");
    assertThat(e.render(Lang.ZH)).contains("最后随访时间 4");
    for (double tau : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThat(
              catchThrowableOfType(CelltrialException.class, () -> Rmst.of(CURVE, tau, "A"))
                  .render(Lang.EN))
          .contains("tau > 0");
    }
  }

  @Test
  void differenceOfAGroupWithItselfIsZeroWithPValueOne() {
    RmstEstimate e = Rmst.of(CURVE, 3, "A");
    RmstDifference d = Rmst.difference(e, e);
    assertThat(d.estimate()).isZero();
    assertThat(d.se()).isEqualTo(Math.sqrt(2) * e.se(), org.assertj.core.data.Offset.offset(1e-15));
    assertThat(d.pValue()).isEqualTo(1.0);
  }
}
