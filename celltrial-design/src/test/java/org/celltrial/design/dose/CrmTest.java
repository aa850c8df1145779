package org.celltrial.design.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/** CRM posterior against R's integrate (crm-reference.R) and its dose rules. */
class CrmTest {
  private static final JsonNode REF = Reference.json(CrmTest.class, "crm-reference.json");
  private static final double[] SKELETON = {0.05, 0.12, 0.25, 0.40, 0.55};

  @Test
  void posteriorMatchesNumericalIntegrationInR() {
    for (JsonNode c : REF.get("cases")) {
      Crm crm = Crm.of(c.get("target").asDouble(), ThreePlusThreeTest.doubles(c.get("skeleton")));
      Crm.CrmPosterior post = crm.posterior(BoinTest.ints(c.get("n")), BoinTest.ints(c.get("dlt")));
      String id = c.get("n") + " " + c.get("dlt");
      assertClose(id + " mean a", post.meanA(), c.get("meanA"));
      assertClose(id + " p-hat", post.pHat(), c.get("pHat"));
      assertClose(
          id + " P(p1 > target)", post.probLowestAboveTarget(), c.get("probLowestAboveTarget"));
    }
  }

  @Test
  void neverSkipsADoseWhenEscalating() {
    // 3 patients without DLT at dose 1: the estimate favours dose 4 or 5, the next dose is 2.
    Crm crm = Crm.of(0.25, SKELETON);
    Crm.CrmDecision d = crm.decide(0, new int[] {3, 0, 0, 0, 0}, new int[] {0, 0, 0, 0, 0});
    assertThat(crm.closest(d.posterior().pHat(), new int[5], false)).isGreaterThan(1);
    assertThat(d.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(d.nextDose()).isEqualTo(1);
  }

  @Test
  void deEscalationMaySkipDoses() {
    Crm crm = Crm.of(0.25, SKELETON);
    Crm.CrmDecision d = crm.decide(3, new int[] {3, 3, 3, 3, 0}, new int[] {0, 0, 1, 3, 0});
    assertThat(d.decision()).isEqualTo(Decision.DE_ESCALATE);
    assertThat(d.nextDose()).isLessThan(3);
  }

  @Test
  void safetyStopNeedsThreePatientsAndPosteriorAbove90Percent() {
    Crm crm = Crm.of(0.25, SKELETON);
    // R: 2/3 at dose 1 gives P(p1 > 0.25) = 0.8576 (below 0.90): no stop.
    assertThat(crm.decide(0, new int[] {3, 0, 0, 0, 0}, new int[] {2, 0, 0, 0, 0}).decision())
        .isNotEqualTo(Decision.ELIMINATE);
    // R: 5/6 gives 0.9941: stop.
    assertThat(crm.decide(0, new int[] {6, 0, 0, 0, 0}, new int[] {5, 0, 0, 0, 0}).decision())
        .isEqualTo(Decision.ELIMINATE);
    // 2/2 is very toxic, but fewer than 3 patients: no stop yet.
    assertThat(crm.decide(0, new int[] {2, 0, 0, 0, 0}, new int[] {2, 0, 0, 0, 0}).decision())
        .isEqualTo(Decision.STAY);
  }
}
