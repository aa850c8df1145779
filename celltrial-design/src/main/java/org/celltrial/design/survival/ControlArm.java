package org.celltrial.design.survival;

import org.celltrial.design.DesignMessages;

/**
 * The exponential event hazard of the control (standard-of-care) arm, from its median or from its
 * event rate by a time (rpact's {@code median2}, or {@code pi2} with {@code eventTime}).
 *
 * @param hazard the hazard λ₂ per month, positive
 */
public record ControlArm(double hazard) {
  /** Checks the hazard. */
  public ControlArm {
    if (!(hazard > 0) || Double.isInfinite(hazard)) {
      throw DesignMessages.error("survival.hazard", hazard);
    }
  }

  /** From the median: {@code λ₂ = ln 2 / median}. */
  public static ControlArm ofMedian(double median) {
    if (!(median > 0) || Double.isInfinite(median)) {
      throw DesignMessages.error("survival.median", median);
    }
    return new ControlArm(Math.log(2) / median);
  }

  /** From the probability of an event by {@code time}: {@code λ₂ = −ln(1 − rate) / time}. */
  public static ControlArm ofRate(double rate, double time) {
    if (!(rate > 0 && rate < 1)) {
      throw DesignMessages.error("survival.rate", rate);
    }
    if (!(time > 0) || Double.isInfinite(time)) {
      throw DesignMessages.error("survival.rate.time", time);
    }
    return new ControlArm(-Math.log1p(-rate) / time);
  }

  /** The median {@code ln 2 / λ₂}. */
  public double median() {
    return Math.log(2) / hazard;
  }
}
