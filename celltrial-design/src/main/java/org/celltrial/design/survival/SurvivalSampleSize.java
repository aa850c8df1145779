package org.celltrial.design.survival;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Events and patients for a randomized time-to-event comparison of CAR-T against standard of care
 * (G-DES-6, endpoint PFS or EFS per G-EP-8), as rpact's {@code getSampleSizeSurvival} computes its
 * fixed design: events by {@link EventsMethod}; patients {@code N = d / P̄}, with {@code P̄ = (r P₁
 * + P₂) / (1 + r)} the allocation-weighted probability of an observed event by the analysis ({@link
 * Recruitment#eventProbability}) and {@code λ₁ = HR · λ₂}. Nothing is rounded: a protocol rounds
 * events and patients up.
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
   * @param accrualIntensity patients per month, {@code N / accrualTime}
   * @param analysisTime expected calendar time of the analysis, accrual plus follow-up
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
}
