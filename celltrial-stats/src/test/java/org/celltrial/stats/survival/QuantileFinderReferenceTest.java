package org.celltrial.stats.survival;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * The quantile rule on constructed curves against R's {@code survival:::findq} (findq-reference.R
 * beside the JSON): a limit curve that rises again, NA inside and at the end, curves ending exactly
 * at and just above 1 − p, and a curve that never reaches the smallest p.
 */
class QuantileFinderReferenceTest {
  private static final JsonNode CASES =
      Reference.json(QuantileFinderReferenceTest.class, "findq-reference.json").get("cases");

  @Test
  void everyCurveMatchesR() {
    for (JsonNode c : CASES) {
      QuantileFinder finder = new QuantileFinder(doubles(c.get("time")), doubles(c.get("curve")));
      for (JsonNode q : c.get("quantiles")) {
        Reference.assertClose(
            "findq " + c.get("curve") + " at " + q.get("p"),
            finder.find(doubles(q.get("p"))),
            q.get("estimate"));
      }
    }
  }

  /** Numbers, with R's NA (written as text) as NaN. */
  private static double[] doubles(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .mapToDouble(v -> v.isNumber() ? v.asDouble() : Double.NaN)
        .toArray();
  }
}
