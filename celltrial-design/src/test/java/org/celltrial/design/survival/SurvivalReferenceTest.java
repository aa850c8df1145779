package org.celltrial.design.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.celltrial.common.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Events, patients and analysis time against rpact 3.3.4 (survival-reference.R beside the JSON).
 */
class SurvivalReferenceTest {
  private static final JsonNode REFERENCE =
      Reference.json(SurvivalReferenceTest.class, "survival-reference.json");

  @Test
  void eventsMatchRpactForSchoenfeldAndFreedman() {
    JsonNode cases = REFERENCE.get("events");
    assertThat(cases).hasSizeGreaterThan(50);
    for (JsonNode c : cases) {
      SurvivalSpec spec = spec(c);
      assertClose(c.toString(), SurvivalSampleSize.events(spec).events(), c.get("eventsFixed"));
    }
  }

  @Test
  void patientsAndAnalysisTimeMatchRpact() {
    for (JsonNode c : REFERENCE.get("patients")) {
      SurvivalSpec spec = spec(c);
      double events = SurvivalSampleSize.events(spec).events();
      assertClose(c + " events", events, c.get("eventsFixed"));
      ControlArm control =
          c.get("median2").isNull()
              ? ControlArm.ofRate(c.get("pi2").asDouble(), c.get("eventTime").asDouble())
              : ControlArm.ofMedian(c.get("median2").asDouble());
      Recruitment recruitment =
          new Recruitment(
              c.get("accrual").asDouble(),
              c.get("followUp").asDouble(),
              c.get("dropout").asDouble(),
              c.get("dropoutTime").asDouble());
      SurvivalSampleSize.Patients p =
          SurvivalSampleSize.patients(spec, events, control, recruitment);
      assertClose(c + " nFixed", p.patients(), c.get("nFixed"));
      assertClose(c + " nFixed1", p.patients1(), c.get("nFixed1"));
      assertClose(c + " nFixed2", p.patients2(), c.get("nFixed2"));
      assertClose(c + " lambda1", p.hazard1(), c.get("lambda1"));
      assertClose(c + " lambda2", p.hazard2(), c.get("lambda2"));
      assertClose(c + " accrualIntensity", p.accrualIntensity(), c.get("accrualIntensity"));
      assertClose(c + " analysisTime", p.analysisTime(), c.get("analysisTime"));
    }
  }

  private static SurvivalSpec spec(JsonNode c) {
    return new SurvivalSpec(
        c.get("hr").asDouble(),
        c.get("alpha").asDouble(),
        c.get("sided").asInt(),
        c.get("power").asDouble(),
        c.get("ratio").asDouble(),
        EventsMethod.valueOf(c.get("method").asText().toUpperCase(Locale.ROOT)));
  }
}
