package org.celltrial.design.simon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.RateHypotheses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Simon designs against brute-force enumeration of every (n1, r1, n, r) in R 4.2.2 with {@code
 * dbinom}/{@code pbinom} (simon-reference.R beside the JSON), and against Simon's published table.
 */
class SimonTwoStageReferenceTest {
  private static final JsonNode CASES =
      Reference.json(SimonTwoStageReferenceTest.class, "simon-reference.json").get("cases");

  @Test
  void optimalMinimaxAndAdmissibleMatchEnumerationInR() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(11);
    for (JsonNode c : CASES) {
      String id =
          "p0="
              + c.get("p0")
              + " p1="
              + c.get("p1")
              + " alpha="
              + c.get("alpha")
              + " power="
              + c.get("power");
      SimonPlan plan = plan(c);
      check(id + " optimal", plan.optimal(), c.get("optimal"));
      check(id + " minimax", plan.minimax(), c.get("minimax"));
      JsonNode admissible = c.get("admissible");
      assertThat(plan.admissible()).as(id + " admissible").hasSize(admissible.size());
      for (int i = 0; i < admissible.size(); i++) {
        AdmissibleDesign a = plan.admissible().get(i);
        check(id + " admissible " + i, a.design(), admissible.get(i));
        assertClose(id + " q lower " + i, a.qLower(), admissible.get(i).get("qLower"));
        assertClose(id + " q upper " + i, a.qUpper(), admissible.get(i).get("qUpper"));
      }
      assertThat(plan.admissible().get(0).design()).isEqualTo(plan.minimax());
      assertThat(plan.admissible().get(plan.admissible().size() - 1).design())
          .isEqualTo(plan.optimal());
    }
  }

  /**
   * Simon R. Optimal two-stage designs for phase II clinical trials. Control Clin Trials
   * 1989;10:1-10, Table 1 (r1/n1, r/n and EN(p0) to one decimal). The same designs come out of the
   * R enumeration in simon-reference.json, which also checks PET0 to full precision. Note that 0/9,
   * 2/24 and 0/13, 2/20 are the designs for α = 0.10, β = 0.10; for α = 0.05, β = 0.20 they are
   * 0/9, 2/17 and 0/12, 2/16.
   */
  @ParameterizedTest(name = "p0={0} p1={1} alpha={2} beta={3}: {4}")
  @CsvSource({
    "0.05, 0.25, 0.10, 0.10, optimal, 0, 9,  2, 24, 14.5",
    "0.05, 0.25, 0.10, 0.10, minimax, 0, 13, 2, 20, 16.4",
    "0.05, 0.25, 0.05, 0.20, optimal, 0, 9,  2, 17, 12.0",
    "0.05, 0.25, 0.05, 0.20, minimax, 0, 12, 2, 16, 13.8",
    "0.05, 0.25, 0.05, 0.10, optimal, 0, 9,  3, 30, 16.8",
    "0.05, 0.25, 0.05, 0.10, minimax, 0, 15, 3, 25, 20.4",
    "0.10, 0.30, 0.10, 0.10, optimal, 1, 12, 5, 35, 19.8",
    "0.10, 0.30, 0.10, 0.10, minimax, 1, 16, 4, 25, 20.4",
    "0.10, 0.30, 0.05, 0.20, optimal, 1, 10, 5, 29, 15.0",
    "0.10, 0.30, 0.05, 0.20, minimax, 1, 15, 5, 25, 19.5",
    "0.10, 0.30, 0.05, 0.10, optimal, 2, 18, 6, 35, 22.5",
    "0.10, 0.30, 0.05, 0.10, minimax, 2, 22, 6, 33, 26.2",
    "0.20, 0.40, 0.05, 0.20, optimal, 3, 13, 12, 43, 20.6",
    "0.20, 0.40, 0.05, 0.20, minimax, 4, 18, 10, 33, 22.3",
    "0.20, 0.40, 0.05, 0.10, optimal, 4, 19, 15, 54, 30.4",
    "0.20, 0.40, 0.05, 0.10, minimax, 5, 24, 13, 45, 31.2",
    "0.30, 0.50, 0.05, 0.20, optimal, 5, 15, 18, 46, 23.6",
    "0.30, 0.50, 0.05, 0.20, minimax, 6, 19, 16, 39, 25.7",
  })
  void publishedTableOfSimon1989(
      double p0,
      double p1,
      double alpha,
      double beta,
      String kind,
      int r1,
      int n1,
      int r,
      int n,
      double en0) {
    SimonPlan plan = new SimonTwoStage(new RateHypotheses(p0, p1, alpha, 1 - beta), 60).solve();
    SimonDesign d = kind.equals("optimal") ? plan.optimal() : plan.minimax();
    assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()}).containsExactly(r1, n1, r, n);
    assertThat(Math.round(d.en0() * 10) / 10.0).isEqualTo(en0);
  }

  private static SimonPlan plan(JsonNode c) {
    return new SimonTwoStage(
            new RateHypotheses(
                c.get("p0").asDouble(),
                c.get("p1").asDouble(),
                c.get("alpha").asDouble(),
                c.get("power").asDouble()),
            c.get("maxN").asInt())
        .solve();
  }

  private static void check(String id, SimonDesign d, JsonNode e) {
    assertThat(new int[] {d.r1(), d.n1(), d.r(), d.n()})
        .as(id)
        .containsExactly(
            e.get("r1").asInt(), e.get("n1").asInt(), e.get("r").asInt(), e.get("n").asInt());
    assertClose(id + " size", d.size(), e.get("size"));
    assertClose(id + " power", d.power(), e.get("power"));
    assertClose(id + " PET0", d.pet0(), e.get("pet0"));
    assertClose(id + " EN0", d.en0(), e.get("en0"));
  }
}
