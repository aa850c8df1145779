package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.i18n.CelltrialException;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** 3+3 rules by hand and simulated operating characteristics against exact enumeration in R. */
class ThreePlusThreeTest {
  private static final JsonNode REF =
      Reference.json(ThreePlusThreeTest.class, "three-plus-three-reference.json");

  @Test
  void decisionsAfterThreeAndSixPatients() {
    DecisionTable t = ThreePlusThree.INSTANCE.table();
    assertThat(t.decide(3, 0)).isEqualTo(Decision.ESCALATE);
    assertThat(t.decide(3, 1)).isEqualTo(Decision.STAY);
    assertThat(t.decide(3, 2)).isEqualTo(Decision.ELIMINATE);
    assertThat(t.decide(6, 1)).isEqualTo(Decision.ESCALATE);
    assertThat(t.decide(6, 2)).isEqualTo(Decision.ELIMINATE);
    assertThatThrownBy(() -> t.decide(4, 1))
        .isInstanceOf(CelltrialException.class)
        .hasMessageContaining("3+3: 3 or 6");
  }

  @Test
  void closedFormProbabilityOfEscalatingFromADose() {
    // b(0;3,p) + b(1;3,p) b(0;3,p), by hand, against the R enumeration's value.
    for (JsonNode s : REF.get("scenarios")) {
      for (int j = 0; j < s.get("trueTox").size(); j++) {
        double p = s.get("trueTox").get(j).asDouble();
        double b0 = Math.pow(1 - p, 3);
        double b1 = 3 * p * Math.pow(1 - p, 2);
        assertClose("escalate from p = " + p, b0 + b1 * b0, s.get("escalateFrom").get(j));
      }
    }
  }

  @Test
  void simulationAgreesWithTheExactProbabilities() {
    int trials = 100_000;
    for (JsonNode s : REF.get("scenarios")) {
      double[] p = doubles(s.get("trueTox"));
      DoseFindingDesign design = design(p.length, 0.3, 6 * p.length);
      OperatingCharacteristics oc =
          DoseSimulator.simulate(design, p, trials, 20251125L, 2, d -> {});
      for (int j = 0; j < p.length; j++) {
        double exact = s.get("percentSelected").get(j).asDouble();
        assertThat(oc.percentSelected()[j])
            .as("selection of dose %d under %s", j + 1, s.get("trueTox"))
            .isCloseTo(exact, org.assertj.core.data.Offset.offset(within(exact, trials)));
        double n = s.get("meanPatients").get(j).asDouble();
        assertThat(oc.meanPatients()[j])
            .as("patients at dose %d", j + 1)
            .isCloseTo(n, org.assertj.core.data.Offset.offset(0.05));
        double y = s.get("meanDlts").get(j).asDouble();
        assertThat(oc.meanDlts()[j])
            .as("DLTs at dose %d", j + 1)
            .isCloseTo(y, org.assertj.core.data.Offset.offset(0.03));
      }
      double early = s.get("percentEarlyStop").asDouble();
      assertThat(oc.percentEarlyStop())
          .isCloseTo(early, org.assertj.core.data.Offset.offset(within(early, trials)));
      assertThat(oc.percentNone()).isEqualTo(oc.percentEarlyStop());
    }
  }

  /** Five binomial standard errors, in percentage points. */
  private static double within(double percent, int trials) {
    double q = percent / 100;
    return 5 * 100 * Math.sqrt(Math.max(q * (1 - q), 1e-4) / trials);
  }

  static DoseFindingDesign design(int doses, double target, int maxN) {
    double[] d = new double[doses];
    for (int j = 0; j < doses; j++) {
      d[j] = j + 1;
    }
    return new DoseFindingDesign(
        DoseMethod.THREE_PLUS_THREE, target, d, "x10^6 cells/kg", 3, maxN, null);
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
