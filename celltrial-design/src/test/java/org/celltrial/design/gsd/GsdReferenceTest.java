package org.celltrial.design.gsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Boundaries, α and β spent, power and inflation factor against rpact 3.3.4 (gsd-reference.R beside
 * the JSON). rpact's own recursion (91-point Newton–Cotes grid) and bisection (tolerance 1e-8)
 * limit the agreement: the task asks for 1e-6, which every case meets.
 */
class GsdReferenceTest {
  private static final double TOLERANCE = 1e-6;
  private static final JsonNode CASES =
      Reference.json(GsdReferenceTest.class, "gsd-reference.json").get("cases");

  @Test
  void designsMatchRpact() {
    assertThat(CASES).hasSizeGreaterThan(20);
    for (JsonNode c : CASES) {
      GsdSpec spec =
          new GsdSpec(
              doubles(c.get("informationRates")),
              c.get("alpha").asDouble(),
              c.get("beta").asDouble(),
              spending(c.get("typeOfDesign").asText(), c.get("gammaA")),
              spending(c.get("typeBetaSpending").asText(), c.get("gammaB")));
      GroupSequentialDesign d = GroupSequentialDesigner.design(spec);
      String id =
          c.get("typeOfDesign").asText()
              + "/"
              + c.get("typeBetaSpending").asText()
              + " "
              + c.get("informationRates");
      check(id + " criticalValues", d.criticalValues(), c.get("criticalValues"));
      check(id + " stageLevels", d.stageLevels(), c.get("stageLevels"));
      check(id + " alphaSpent", d.alphaSpent(), c.get("alphaSpent"));
      check(id + " futilityBounds", d.futilityBounds(), c.get("futilityBounds"));
      check(id + " betaSpent", d.betaSpent(), c.get("betaSpent"));
      check(id + " power", d.power(), c.get("power"));
      assertThat(d.drift() * d.drift())
          .as(id + " shift")
          .isCloseTo(c.get("shift").asDouble(), within(TOLERANCE * 10));
      assertThat(d.inflationFactor())
          .as(id + " inflationFactor")
          .isCloseTo(c.get("inflationFactor").asDouble(), within(TOLERANCE));
    }
  }

  static SpendingFunction spending(String rpactType, JsonNode gamma) {
    return switch (rpactType) {
      case "asOF", "bsOF" -> new SpendingFunction.OBrienFleming();
      case "asP", "bsP" -> new SpendingFunction.Pocock();
      case "asHSD", "bsHSD" -> new SpendingFunction.HwangShihDeCani(gamma.asDouble());
      case "none" -> null;
      default -> throw new IllegalArgumentException(rpactType);
    };
  }

  private static void check(String what, double[] actual, JsonNode expected) {
    assertThat(actual).as(what + " length").hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i])
          .as(what + "[" + i + "]")
          .isCloseTo(expected.get(i).asDouble(), within(TOLERANCE));
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
