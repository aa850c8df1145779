package org.celltrial.design.singlearm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.RateHypotheses;
import org.junit.jupiter.api.Test;

/**
 * Single-arm designs against brute-force enumeration in R 4.2.2 with {@code pbinom} and {@code
 * binom.test} (single-arm-reference.R beside the JSON).
 */
class TargetValueDesignReferenceTest {
  private static final JsonNode CASES =
      Reference.json(TargetValueDesignReferenceTest.class, "single-arm-reference.json")
          .get("cases");

  @Test
  void plansMatchEnumerationInR() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(9);
    for (JsonNode c : CASES) {
      TargetValuePlan plan = design(c).solve();
      String id = id(c);
      checkRule(id + " first", plan.first(), c.get("first"));
      checkRule(id + " stable", plan.stable(), c.get("stable"));
      List<Integer> dips = new ArrayList<>();
      c.get("dips").forEach(d -> dips.add(d.asInt()));
      assertThat(plan.dips()).as(id + " dips").isEqualTo(dips);
      JsonNode rates = c.get("curveRates");
      assertThat(plan.powerCurve()).as(id + " curve").hasSize(rates.size());
      for (int i = 0; i < rates.size(); i++) {
        PowerPoint p = plan.powerCurve().get(i);
        assertClose(id + " curve rate " + i, p.rate(), rates.get(i));
        assertClose(id + " curve power " + i, p.power(), c.get("curvePower").get(i));
      }
    }
  }

  @Test
  void everyRuleUpToTwoHundredMatchesR() {
    for (JsonNode c : CASES) {
      TargetValueDesign d = design(c);
      ExactBinomialRules rules =
          ExactBinomialRules.compute(
              d.hypotheses().p0(), d.effectiveRate(), d.hypotheses().alpha(), 200);
      for (int n = 1; n <= 200; n++) {
        String id = id(c) + " n=" + n;
        assertThat(rules.critical(n))
            .as(id + " r")
            .isEqualTo(c.get("criticalByN").get(n - 1).asInt());
        assertClose(id + " size", rules.size(n), c.get("sizeByN").get(n - 1));
        assertClose(id + " power", rules.power(n), c.get("powerByN").get(n - 1));
      }
    }
  }

  private static void checkRule(String id, SingleArmRule rule, JsonNode expected) {
    assertThat(rule.n()).as(id + " n").isEqualTo(expected.get("n").asInt());
    assertThat(rule.r()).as(id + " r").isEqualTo(expected.get("r").asInt());
    assertClose(id + " size", rule.size(), expected.get("size"));
    assertClose(id + " power", rule.power(), expected.get("power"));
    assertClose(id + " lower at r", rule.lowerAtR(), expected.get("lowerAtR"));
    assertClose(id + " lower at r-1", rule.lowerBelowR(), expected.get("lowerBelowR"));
  }

  static TargetValueDesign design(JsonNode c) {
    return new TargetValueDesign(
        new RateHypotheses(
            c.get("p0").asDouble(),
            c.get("p1").asDouble(),
            c.get("alpha").asDouble(),
            c.get("power").asDouble()),
        c.get("dropout").asDouble(),
        c.get("maxN").asInt());
  }

  private static String id(JsonNode c) {
    return "p0="
        + c.get("p0")
        + " p1="
        + c.get("p1")
        + " alpha="
        + c.get("alpha")
        + " power="
        + c.get("power")
        + " d="
        + c.get("dropout");
  }
}
