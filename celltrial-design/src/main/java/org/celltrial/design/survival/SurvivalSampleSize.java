package org.celltrial.design.survival;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.design.DesignMessages;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Events and patients for a randomized time-to-event comparison of CAR-T against standard of care
 * (G-DES-6, endpoint PFS or EFS per G-EP-8), as rpact's {@code getSampleSizeSurvival} computes its
 * fixed design: events by {@link EventsMethod}; patients {@code N = d / P̄}, with {@code P̄ = (r P₁
 * + P₂) / (1 + r)} the allocation-weighted probability of an observed event by the analysis ({@link
 * Recruitment#eventProbability}) and {@code λ₁ = HR · λ₂}. With the accrual speed known instead
 * ({@link AccrualSchedule}), the patients are fixed and the calendar time of the analysis is solved
 * for. Nothing is rounded: a protocol rounds events and patients up.
 */
public final class SurvivalSampleSize {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private SurvivalSampleSize() {}

  /**
   * The required events.
   *
   * @param z {@code z_{1−α/s} + z_{1−β}}
   * @param events the required number of events, not rounded
   */
  public record Events(double z, double events) {}

  /**
   * Patients needed to observe the events by the analysis.
   *
   * @param hazard1 CAR-T arm hazard λ₁ = HR · λ₂
   * @param hazard2 control arm hazard λ₂
   * @param median1 CAR-T arm median ln 2 / λ₁
   * @param median2 control arm median ln 2 / λ₂
   * @param eventProbability1 probability of an observed event by the analysis, CAR-T arm
   * @param eventProbability2 the same, control arm
   * @param patients total patients N (rpact {@code nFixed})
   * @param patients1 CAR-T arm, {@code N r / (1 + r)} (rpact {@code nFixed1})
   * @param patients2 control arm, {@code N / (1 + r)} (rpact {@code nFixed2})
   * @param accrualIntensity average patients per month, {@code N} over the accrual duration
   * @param analysisTime expected calendar time of the analysis (months from the first patient in)
   */
  public record Patients(
      double hazard1,
      double hazard2,
      double median1,
      double median2,
      double eventProbability1,
      double eventProbability2,
      double patients,
      double patients1,
      double patients2,
      double accrualIntensity,
      double analysisTime) {}

  /** The required number of events for {@code spec}. */
  public static Events events(SurvivalSpec spec) {
    double z =
        STANDARD.inverseSurvivalProbability(spec.alpha() / spec.sided())
            + STANDARD.inverseSurvivalProbability(1 - spec.power());
    return new Events(z, spec.method().events(spec.hazardRatio(), z, spec.allocationRatio()));
  }

  /** The patients needed to observe {@code events} by the analysis. */
  public static Patients patients(
      SurvivalSpec spec, double events, ControlArm control, Recruitment recruitment) {
    double r = spec.allocationRatio();
    double lambda2 = control.hazard();
    double lambda1 = spec.hazardRatio() * lambda2;
    double p1 = recruitment.eventProbability(lambda1);
    double p2 = recruitment.eventProbability(lambda2);
    double n = events / ((r * p1 + p2) / (1 + r));
    return new Patients(
        lambda1,
        lambda2,
        Math.log(2) / lambda1,
        Math.log(2) / lambda2,
        p1,
        p2,
        n,
        n * r / (1 + r),
        n / (1 + r),
        n / recruitment.accrualTime(),
        recruitment.analysisTime());
  }

  /**
   * When the events are expected with a known accrual schedule: the calendar time T at which {@code
   * N · (r F₁(T) + F₂(T)) / (1 + r)} equals the required events ({@link
   * AccrualSchedule#eventFraction}), found by Brent's method to 1e-10 months. As rpact, T may fall
   * before the end of accrual, when the follow-up {@code T − duration} is negative.
   *
   * @param dropoutHazard the drop-out hazard φ in both arms
   */
  public static Patients analysisTime(
      SurvivalSpec spec,
      double events,
      ControlArm control,
      AccrualSchedule schedule,
      double dropoutHazard) {
    double r = spec.allocationRatio();
    double lambda2 = control.hazard();
    double lambda1 = spec.hazardRatio() * lambda2;
    double n = schedule.patients();
    double time = timeOf(events, n, r, lambda1, lambda2, schedule, dropoutHazard);
    double p1 = schedule.eventFraction(lambda1, dropoutHazard, time);
    double p2 = schedule.eventFraction(lambda2, dropoutHazard, time);
    return new Patients(
        lambda1,
        lambda2,
        Math.log(2) / lambda1,
        Math.log(2) / lambda2,
        p1,
        p2,
        n,
        n * r / (1 + r),
        n / (1 + r),
        n / schedule.duration(),
        time);
  }

  /**
   * The calendar times at which the expected number of events reaches each target (for example the
   * events of each look of a group-sequential design), with patients entering per {@code schedule};
   * as {@link #analysisTime}, each may fall before the end of accrual.
   *
   * @param eventTargets the cumulative numbers of events, each below what unlimited follow-up gives
   */
  public static double[] timesOfEvents(
      SurvivalSpec spec,
      ControlArm control,
      AccrualSchedule schedule,
      double dropoutHazard,
      double[] eventTargets) {
    double lambda2 = control.hazard();
    double lambda1 = spec.hazardRatio() * lambda2;
    double[] times = new double[eventTargets.length];
    for (int k = 0; k < times.length; k++) {
      times[k] =
          timeOf(
              eventTargets[k],
              schedule.patients(),
              spec.allocationRatio(),
              lambda1,
              lambda2,
              schedule,
              dropoutHazard);
    }
    return times;
  }

  /**
   * The time T with {@code N (r F₁(T) + F₂(T)) / (1 + r) = events}, by Brent's method; an error
   * when even unlimited follow-up ({@code F → λ/(λ + φ)}) cannot give the events.
   */
  private static double timeOf(
      double events,
      double n,
      double r,
      double lambda1,
      double lambda2,
      AccrualSchedule schedule,
      double phi) {
    double eventually = n * (r * lambda1 / (lambda1 + phi) + lambda2 / (lambda2 + phi)) / (1 + r);
    if (!(eventually > events)) {
      throw DesignMessages.error("survival.unreachable", n, events, eventually);
    }
    DoubleUnaryOperator expected =
        time ->
            n
                    * (r * schedule.eventFraction(lambda1, phi, time)
                        + schedule.eventFraction(lambda2, phi, time))
                    / (1 + r)
                - events;
    double hi = schedule.duration();
    while (expected.applyAsDouble(hi) < 0) {
      hi *= 2;
    }
    return new BrentSolver(1e-14, 1e-10, Double.MIN_VALUE)
        .solve(1000, expected::applyAsDouble, 0, hi);
  }
}
