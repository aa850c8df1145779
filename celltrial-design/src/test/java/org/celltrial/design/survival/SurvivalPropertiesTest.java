package org.celltrial.design.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Invariants of the time-to-event sample size. */
class SurvivalPropertiesTest {

  @Property(tries = 300)
  void eventsIncreaseAsTheHazardRatioApproachesOne(
      @ForAll @DoubleRange(min = 0.2, max = 0.98) double hr,
      @ForAll @DoubleRange(min = 0.001, max = 0.02) @Scale(4) double step,
      @ForAll @DoubleRange(min = 0.25, max = 4) double ratio) {
    for (EventsMethod method : EventsMethod.values()) {
      double further = events(hr, ratio, method);
      double closer = events(Math.min(hr + step, 0.999), ratio, method);
      assertThat(closer).as(method + " at HR " + hr).isGreaterThan(further);
      // The same holds above 1: HR 1/hr is as hard to detect by Schoenfeld.
      if (method == EventsMethod.SCHOENFELD) {
        assertThat(events(1 / hr, ratio, method)).isCloseTo(further, within(1e-9 * further));
      }
    }
  }

  @Property(tries = 300)
  void patientsExceedEventsAndFallWithLongerFollowUp(
      @ForAll @DoubleRange(min = 1, max = 60) double median,
      @ForAll @DoubleRange(min = 1, max = 48) double accrual,
      @ForAll @DoubleRange(min = 0, max = 36) double followUp,
      @ForAll @DoubleRange(min = 0, max = 0.5) double dropout) {
    SurvivalSpec spec = new SurvivalSpec(0.65, 0.025, 1, 0.9, 1, EventsMethod.SCHOENFELD);
    double events = SurvivalSampleSize.events(spec).events();
    ControlArm control = ControlArm.ofMedian(median);
    SurvivalSampleSize.Patients shorter =
        SurvivalSampleSize.patients(
            spec, events, control, new Recruitment(accrual, followUp, dropout, 12));
    SurvivalSampleSize.Patients longer =
        SurvivalSampleSize.patients(
            spec, events, control, new Recruitment(accrual, followUp + 6, dropout, 12));
    assertThat(shorter.eventProbability1()).isBetween(0.0, 1.0);
    assertThat(shorter.eventProbability2()).isGreaterThan(shorter.eventProbability1());
    assertThat(shorter.patients()).isGreaterThan(events);
    assertThat(longer.patients()).isLessThan(shorter.patients());
    assertThat(shorter.patients1() + shorter.patients2())
        .isCloseTo(shorter.patients(), within(1e-9 * shorter.patients()));
  }

  @Test
  void withoutDropOutAndLongFollowUpEveryPatientHasAnEvent() {
    // Hand calculation: with no drop-out the event probability tends to 1 as follow-up grows, so
    // N tends to the number of events; at 1000 months of follow-up with median 6 it is 1 − ~e−115.
    SurvivalSpec spec = new SurvivalSpec(0.6, 0.025, 1, 0.9, 1, EventsMethod.SCHOENFELD);
    double events = SurvivalSampleSize.events(spec).events();
    SurvivalSampleSize.Patients p =
        SurvivalSampleSize.patients(
            spec, events, ControlArm.ofMedian(6), new Recruitment(12, 1000, 0, 12));
    assertThat(p.patients()).isCloseTo(events, within(1e-9));
    // Schoenfeld by hand: (1.959964 + 1.281552)² · 4 / ln²0.6 = 161.0686 (R: 161.068591903256).
    assertThat(events).isCloseTo(161.068591903256, within(1e-9));
  }

  @Test
  void controlArmFromMedianAndFromRateAgree() {
    // 50% events by month 6 is a median of 6.
    assertThat(ControlArm.ofRate(0.5, 6).hazard())
        .isCloseTo(ControlArm.ofMedian(6).hazard(), within(1e-15));
    assertThat(ControlArm.ofMedian(8.3).median()).isCloseTo(8.3, within(1e-12));
  }

  private static double events(double hr, double ratio, EventsMethod method) {
    return SurvivalSampleSize.events(new SurvivalSpec(hr, 0.025, 1, 0.9, ratio, method)).events();
  }
}
