package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** BOIN boundaries, decision tables and MTD selection against R (boin-reference.R) and papers. */
class BoinTest {
  private static final JsonNode REF = Reference.json(BoinTest.class, "boin-reference.json");

  @Test
  void boundariesMatchTheClosedFormInR() {
    for (JsonNode c : REF.get("boundaries")) {
      Boin boin = Boin.of(c.get("target").asDouble());
      assertClose("lambdaE at " + boin.target(), boin.lambdaE(), c.get("lambdaE"));
      assertClose("lambdaD at " + boin.target(), boin.lambdaD(), c.get("lambdaD"));
    }
  }

  @Test
  void boundariesMatchThePublishedTable() {
    // Liu & Yuan (2015), Table 1 (phi1 = 0.6 phi, phi2 = 1.4 phi), printed with three decimals
    // (0.358 for lambdaD = 0.35852 at 0.3 is truncated, not rounded): agree within 0.001.
    double[][] published = {
      {0.15, 0.118, 0.179}, {0.2, 0.157, 0.238}, {0.25, 0.197, 0.298},
      {0.3, 0.236, 0.358}, {0.35, 0.276, 0.419}, {0.4, 0.316, 0.479}
    };
    for (double[] row : published) {
      Boin boin = Boin.of(row[0]);
      assertThat(boin.lambdaE()).as("lambdaE " + row[0]).isCloseTo(row[1], within(0.001));
      assertThat(boin.lambdaD()).as("lambdaD " + row[0]).isCloseTo(row[2], within(0.001));
    }
  }

  @Test
  void decisionTablesMatchR() {
    for (JsonNode t : REF.get("tables")) {
      DecisionTable table = Boin.of(t.get("target").asDouble()).table(30);
      for (int i = 0; i < 30; i++) {
        int n = t.get("n").get(i).asInt();
        String at = "target " + t.get("target") + ", n = " + n;
        assertThat(table.row(n))
            .as(at)
            .containsExactly(
                t.get("escalateAtMost").get(i).asInt(),
                t.get("deEscalateAtLeast").get(i).asInt(),
                t.get("eliminateAtLeast").get(i).asInt());
      }
    }
  }

  @Test
  void decisionTableForTarget30MatchesThePublishedCohortOf3Table() {
    // Published BOIN decision table, target 0.3, cohorts of 3 (Yuan et al. 2016, Clin Cancer Res
    // 22:4291; the BOIN R package's get.boundary): n = 3, 6, ..., 30.
    int[] esc = {0, 1, 2, 2, 3, 4, 4, 5, 6, 7};
    int[] de = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    int[] el = {3, 4, 5, 7, 8, 9, 10, 11, 12, 14};
    DecisionTable table = Boin.of(0.3).table(30);
    for (int i = 0; i < 10; i++) {
      assertThat(table.row(3 * (i + 1)))
          .as("n = " + 3 * (i + 1))
          .containsExactly(esc[i], de[i], el[i]);
    }
  }

  @Test
  void decisionsJustBelowAtAndAboveTheBoundaries() {
    DecisionTable table = Boin.of(0.3).table(30);
    // n = 6: 1/6 = 0.167 <= 0.236 escalate; 2/6 = 0.333 stay; 3/6 = 0.5 >= 0.358 de-escalate;
    // 4/6: 1 - pbeta(0.3, 5, 3) = 0.971 > 0.95 eliminate.
    assertThat(table.decide(6, 1)).isEqualTo(Decision.ESCALATE);
    assertThat(table.decide(6, 2)).isEqualTo(Decision.STAY);
    assertThat(table.decide(6, 3)).isEqualTo(Decision.DE_ESCALATE);
    assertThat(table.decide(6, 4)).isEqualTo(Decision.ELIMINATE);
    // n = 2: elimination needs 3 patients, so 2/2 only de-escalates.
    assertThat(table.decide(2, 2)).isEqualTo(Decision.DE_ESCALATE);
    assertThat(table.decide(3, 3)).isEqualTo(Decision.ELIMINATE);
  }

  @Test
  void eliminationPosteriorIsTheBetaTail() {
    // 1 - pbeta(0.3, 5, 3) = 0.9712, by hand: P(Beta(5,3) > 0.3) = sum_{k=0}^{4} C(7,k) .3^k
    // .7^(7-k)
    double byHand = 0;
    double[] c7 = {1, 7, 21, 35, 35};
    for (int k = 0; k <= 4; k++) {
      byHand += c7[k] * Math.pow(0.3, k) * Math.pow(0.7, 7 - k);
    }
    assertClose("P(p > 0.3 | 4/6)", Elimination.posteriorAbove(0.3, 6, 4), byHand);
  }

  @Test
  void isotonicSelectionMatchesR() {
    for (JsonNode c : REF.get("selection")) {
      int[] n = ints(c.get("n"));
      int[] y = ints(c.get("y"));
      int selected = IsotonicMtd.select(c.get("target").asDouble(), n, y);
      assertThat(selected + 1).as(c.toString()).isEqualTo(c.get("selected").asInt());
    }
  }

  @Test
  void pavaPoolsViolatorsByWeight() {
    double[] x = {0.1, 0.5, 0.2, 0.3};
    double[] w = {1, 1, 3, 1};
    IsotonicMtd.pava(x, w, 4);
    // 0.5 (w 1) and 0.2 (w 3) pool to (0.5 + 0.6) / 4 = 0.275, below 0.3: no further pooling.
    assertThat(x).containsExactly(0.1, 0.275, 0.275, 0.3);
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }
}
