package org.celltrial.design.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.celltrial.common.testing.Reference.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.celltrial.common.testing.Reference;
import org.celltrial.design.gsd.GroupSequentialDesign;
import org.celltrial.design.gsd.GroupSequentialDesigner;
import org.celltrial.design.gsd.GsdSpec;
import org.celltrial.design.gsd.SpendingFunction;
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
      ControlArm control = control(c);
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

  @Test
  void analysisTimeWithKnownAccrualSpeedMatchesRpact() {
    JsonNode cases = REFERENCE.get("timing");
    assertThat(cases).hasSize(5);
    for (JsonNode c : cases) {
      SurvivalSpec spec = spec(c);
      double events = SurvivalSampleSize.events(spec).events();
      AccrualSchedule schedule =
          new AccrualSchedule(doubles(c.get("ends")), doubles(c.get("intensity")));
      double phi =
          new Recruitment(1, 0, c.get("dropout").asDouble(), c.get("dropoutTime").asDouble())
              .dropoutHazard();
      SurvivalSampleSize.Patients p =
          SurvivalSampleSize.analysisTime(spec, events, control(c), schedule, phi);
      assertClose(c + " nFixed", p.patients(), c.get("nFixed"));
      assertClose(c + " nFixed1", p.patients1(), c.get("nFixed1"));
      // rpact solves the time with its own tolerance: agreement to 1e-6 months.
      assertThat(p.analysisTime())
          .as(c + " analysisTime")
          .isCloseTo(c.get("analysisTime").asDouble(), within(1e-6));
      assertThat(p.analysisTime() - schedule.duration())
          .as(c + " followUpTime")
          .isCloseTo(c.get("followUpTime").asDouble(), within(1e-6));
    }
  }

  @Test
  void groupSequentialEventsPatientsAndLookTimesMatchRpact() {
    JsonNode cases = REFERENCE.get("sequential");
    assertThat(cases).hasSize(4);
    for (JsonNode c : cases) {
      SurvivalSpec spec =
          new SurvivalSpec(
              c.get("hr").asDouble(),
              0.025,
              1,
              0.9,
              c.get("ratio").asDouble(),
              EventsMethod.valueOf(c.get("method").asText().toUpperCase(Locale.ROOT)));
      double[] t = doubles(c.get("t"));
      GroupSequentialDesign gsd =
          GroupSequentialDesigner.design(
              new GsdSpec(
                  t,
                  0.025,
                  0.1,
                  spending(c.get("a").asText(), c.get("gA")),
                  spending(c.get("b").asText(), c.get("gB"))));
      double maxEvents = SurvivalSampleSize.events(spec).events() * gsd.inflationFactor();
      // The inflation factor agrees with rpact to 1e-6 (GsdReferenceTest), so relative 1e-6 here.
      assertThat(maxEvents)
          .as(c + " maxNumberOfEvents")
          .isCloseTo(c.get("maxNumberOfEvents").asDouble(), within(1e-6 * maxEvents));
      ControlArm control = ControlArm.ofMedian(c.get("median2").asDouble());
      double[] ends = doubles(c.get("ends"));
      double phi = new Recruitment(1, 0, c.get("dropout").asDouble(), 12).dropoutHazard();
      AccrualSchedule schedule;
      if (c.get("followUp").isNull()) {
        schedule = new AccrualSchedule(ends, doubles(c.get("intensity")));
      } else {
        Recruitment recruitment =
            new Recruitment(ends[0], c.get("followUp").asDouble(), c.get("dropout").asDouble(), 12);
        double n = SurvivalSampleSize.patients(spec, maxEvents, control, recruitment).patients();
        schedule = new AccrualSchedule(ends, new double[] {n / ends[0]});
      }
      assertThat(schedule.patients())
          .as(c + " maxNumberOfSubjects")
          .isCloseTo(c.get("maxNumberOfSubjects").asDouble(), within(1e-6 * schedule.patients()));
      double[] targets = new double[t.length];
      for (int k = 0; k < t.length; k++) {
        targets[k] = t[k] * maxEvents;
      }
      double[] times = SurvivalSampleSize.timesOfEvents(spec, control, schedule, phi, targets);
      for (int k = 0; k < t.length; k++) {
        assertThat(times[k])
            .as(c + " analysisTime[" + k + "]")
            .isCloseTo(c.get("analysisTime").get(k).asDouble(), within(1e-5));
      }
    }
  }

  private static SpendingFunction spending(String rpactType, JsonNode gamma) {
    return switch (rpactType) {
      case "asOF", "bsOF" -> new SpendingFunction.OBrienFleming();
      case "asP", "bsP" -> new SpendingFunction.Pocock();
      case "asHSD", "bsHSD" -> new SpendingFunction.HwangShihDeCani(gamma.asDouble());
      default -> null;
    };
  }

  private static ControlArm control(JsonNode c) {
    return c.get("median2").isNull()
        ? ControlArm.ofRate(c.get("pi2").asDouble(), c.get("eventTime").asDouble())
        : ControlArm.ofMedian(c.get("median2").asDouble());
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
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
