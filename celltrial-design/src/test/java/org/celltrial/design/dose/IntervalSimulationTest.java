package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * BOIN and i3+3 operating characteristics against an independent simulation in R
 * (interval-oc-reference.R, 20,000 trials each): selection percentages within 5 standard errors of
 * the difference of two independent simulations, mean patients and DLTs per dose within 0.25.
 */
class IntervalSimulationTest {
  private static final JsonNode REF =
      Reference.json(IntervalSimulationTest.class, "interval-oc-reference.json");

  @Test
  void simulationAgreesWithAnIndependentSimulationInR() {
    for (JsonNode c : REF.get("cases")) {
      double[] p = ThreePlusThreeTest.doubles(c.get("trueTox"));
      double[] doses = new double[p.length];
      for (int j = 0; j < p.length; j++) {
        doses[j] = j + 1;
      }
      DoseFindingDesign design =
          new DoseFindingDesign(
              DoseMethod.parse(c.get("method").asText()),
              c.get("target").asDouble(),
              doses,
              "",
              c.get("cohort").asInt(),
              c.get("maxN").asInt(),
              null);
      int trials = c.get("trials").asInt();
      OperatingCharacteristics oc = DoseSimulator.simulate(design, p, trials, 11, 2, x -> {});
      String id = c.get("method").asText() + " " + c.get("trueTox");
      for (int j = 0; j < p.length; j++) {
        double r = c.get("percentSelected").get(j).asDouble();
        assertThat(oc.percentSelected()[j])
            .as("%s: selection of dose %d", id, j + 1)
            .isCloseTo(r, within(tolerance(r, trials)));
        assertThat(oc.meanPatients()[j])
            .as("%s: patients at dose %d", id, j + 1)
            .isCloseTo(c.get("meanPatients").get(j).asDouble(), within(0.25));
        assertThat(oc.meanDlts()[j])
            .as("%s: DLTs at dose %d", id, j + 1)
            .isCloseTo(c.get("meanDlts").get(j).asDouble(), within(0.25));
      }
      double early = c.get("percentEarlyStop").asDouble();
      assertThat(oc.percentEarlyStop())
          .as("%s: early stop", id)
          .isCloseTo(early, within(tolerance(early, trials)));
    }
  }

  /** Five standard errors of the difference of two simulations of {@code trials}, in points. */
  private static double tolerance(double percent, int trials) {
    double q = Math.max(percent / 100, 0.002);
    return 5 * 100 * Math.sqrt(2 * q * (1 - q) / trials);
  }
}
