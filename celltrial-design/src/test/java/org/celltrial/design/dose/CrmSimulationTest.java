package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * CRM operating characteristics against an independent simulation in R (crm-oc-reference.R, 4,000
 * trials each): selection and early-stop percentages within 5 standard errors of the difference of
 * two independent simulations, mean patients and DLTs per dose within 0.3.
 */
class CrmSimulationTest {
  private static final JsonNode REF =
      Reference.json(CrmSimulationTest.class, "crm-oc-reference.json");

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
              DoseMethod.CRM,
              c.get("target").asDouble(),
              doses,
              "",
              c.get("cohort").asInt(),
              c.get("maxN").asInt(),
              ThreePlusThreeTest.doubles(c.get("skeleton")));
      int trials = c.get("trials").asInt();
      OperatingCharacteristics oc = DoseSimulator.simulate(design, p, trials, 13, 2, x -> {});
      String id = "CRM " + c.get("trueTox");
      for (int j = 0; j < p.length; j++) {
        double r = c.get("percentSelected").get(j).asDouble();
        assertThat(oc.percentSelected()[j])
            .as("%s: selection of dose %d", id, j + 1)
            .isCloseTo(r, within(tolerance(r, trials)));
        assertThat(oc.meanPatients()[j])
            .as("%s: patients at dose %d", id, j + 1)
            .isCloseTo(c.get("meanPatients").get(j).asDouble(), within(0.3));
        assertThat(oc.meanDlts()[j])
            .as("%s: DLTs at dose %d", id, j + 1)
            .isCloseTo(c.get("meanDlts").get(j).asDouble(), within(0.3));
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
