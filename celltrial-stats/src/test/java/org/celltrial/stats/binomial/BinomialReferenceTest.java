package org.celltrial.stats.binomial;

import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** Every interval and the exact test against R 4.2.2 (binomial-reference.R beside the JSON). */
class BinomialReferenceTest {
  private static final JsonNode CASES =
      Reference.json(BinomialReferenceTest.class, "binomial-reference.json").get("cases");

  @Test
  void intervalsAndExactTestMatchR() {
    for (JsonNode c : CASES) {
      int x = c.get("x").asInt();
      int n = c.get("n").asInt();
      double level = c.get("level").asDouble();
      String id = x + "/" + n + " at " + level;
      check(
          id + " clopper-pearson",
          BinomialInterval.CLOPPER_PEARSON.of(x, n, level),
          c.get("clopperPearson"));
      check(id + " wilson", BinomialInterval.WILSON.of(x, n, level), c.get("wilson"));
      check(id + " wilson-cc", BinomialInterval.WILSON_CC.of(x, n, level), c.get("wilsonCc"));
      check(id + " jeffreys", BinomialInterval.JEFFREYS.of(x, n, level), c.get("jeffreys"));
      assertClose(
          id + " P(X >= x)",
          ExactBinomialTest.pValueGreater(x, n, c.get("p0").asDouble()),
          c.get("pValueGreater"));
    }
  }

  private static void check(String what, ProportionInterval ci, JsonNode expected) {
    assertClose(what + " lower", ci.lower(), expected.get(0));
    assertClose(what + " upper", ci.upper(), expected.get(1));
  }
}
