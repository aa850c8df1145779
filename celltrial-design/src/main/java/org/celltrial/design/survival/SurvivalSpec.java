package org.celltrial.design.survival;

import org.celltrial.design.DesignMessages;

/**
 * A randomized comparison of time to event (PFS or EFS, G-EP-8) of CAR-T against standard of care
 * (G-DES-6): the hazard ratio to detect, the test's error rates and the allocation.
 *
 * @param hazardRatio hazard ratio CAR-T / control under the alternative, positive and not 1
 * @param alpha type I error, in (0, 0.5); split between the sides when {@code sided = 2}
 * @param sided 1 or 2
 * @param power the power 1 − β, in (0.5, 1)
 * @param allocationRatio {@code r = n_CAR-T / n_control}, positive
 * @param method Schoenfeld or Freedman
 */
public record SurvivalSpec(
    double hazardRatio,
    double alpha,
    int sided,
    double power,
    double allocationRatio,
    EventsMethod method) {
  /** Checks every input; errors name the option, the value and the rule. */
  public SurvivalSpec {
    if (!(hazardRatio > 0) || hazardRatio == 1 || Double.isInfinite(hazardRatio)) {
      throw DesignMessages.error("survival.hr", hazardRatio);
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw DesignMessages.error("survival.alpha", alpha);
    }
    if (sided != 1 && sided != 2) {
      throw DesignMessages.error("survival.sided", sided);
    }
    if (!(power > 0.5 && power < 1)) {
      throw DesignMessages.error("survival.power", power);
    }
    if (!(allocationRatio > 0) || Double.isInfinite(allocationRatio)) {
      throw DesignMessages.error("survival.ratio", allocationRatio);
    }
    if (method == null) {
      throw DesignMessages.error("survival.method", "null");
    }
  }
}
