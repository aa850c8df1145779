package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * i3+3 decisions for target 0.3 and EI = [0.25, 0.35] (Liu, Wang &amp; Ji 2020), worked by hand
 * from the rule: E below EI, S inside, above EI S if (y − 1)/n is below EI else D, and DU when P(p
 * &gt; 0.3 | y, n) &gt; 0.95 (n ≥ 3).
 */
class I3Plus3Test {
  private final I3Plus3 rule = I3Plus3.of(0.3);

  @Test
  void decisionsForSmallCohortsWorkedByHand() {
    String[][] expected = {
      // n = 1: 0/1 below EI; 1/1 above, but 0/1 below EI -> S
      {"E", "S"},
      // n = 2: 0 E; 1/2 = .5 above, 0/2 below -> S; 2/2 above, 1/2 not below -> D
      {"E", "S", "D"},
      // n = 3: 0 E; 1/3 = .333 in EI -> S; 2/3 above, 1/3 not below -> D; 3/3: P = .9919 -> DU
      {"E", "S", "D", "U"},
      // n = 4: 1/4 = .25 is the closed lower end of EI -> S; 2/4 above, 1/4 not below -> D;
      // 3/4: P(Beta(4,2) > .3) = .9692 -> DU
      {"E", "S", "D", "U", "U"},
      // n = 5: 1/5 below -> E; 2/5 = .4 above, 1/5 below -> S; 3/5 -> D; 4/5: P = .9891 -> DU
      {"E", "E", "S", "D", "U", "U"},
      // n = 6: 1/6 E; 2/6 S; 3/6 above, 2/6 not below -> D; 4/6: P = .9712 -> DU
      {"E", "E", "S", "D", "U", "U", "U"},
    };
    for (int n = 1; n <= expected.length; n++) {
      for (int y = 0; y <= n; y++) {
        assertThat(code(rule.decide(n, y))).as(y + "/" + n).isEqualTo(expected[n - 1][y]);
      }
    }
  }

  @Test
  void theDistinctiveStayAboveTheIntervalAtLargerN() {
    // n = 9: 3/9 = .333 in EI -> S; 4/9 = .444 above, 3/9 not below -> D.
    assertThat(rule.decide(9, 3)).isEqualTo(Decision.STAY);
    assertThat(rule.decide(9, 4)).isEqualTo(Decision.DE_ESCALATE);
    // n = 20: 7/20 = .35 is the closed upper end -> S; 8/20 = .4 above, 7/20 not below -> D.
    assertThat(rule.decide(20, 7)).isEqualTo(Decision.STAY);
    assertThat(rule.decide(20, 8)).isEqualTo(Decision.DE_ESCALATE);
    // n = 20: 4/20 = .2 below -> E; 5/20 = .25 on the lower end -> S.
    assertThat(rule.decide(20, 4)).isEqualTo(Decision.ESCALATE);
    assertThat(rule.decide(20, 5)).isEqualTo(Decision.STAY);
  }

  private static String code(Decision d) {
    return switch (d) {
      case ESCALATE -> "E";
      case STAY -> "S";
      case DE_ESCALATE -> "D";
      case ELIMINATE -> "U";
    };
  }
}
