package org.celltrial.design.survival;

import org.celltrial.design.DesignMessages;

/**
 * How patients enter and leave: uniform accrual over {@code [0, accrualTime]}, the analysis at
 * {@code accrualTime + followUpTime}, and exponential drop-out with probability {@code dropoutRate}
 * of dropping out by {@code dropoutTime} in both arms (rpact's {@code accrualTime = c(0, a)},
 * {@code followUpTime}, {@code dropoutRate1 = dropoutRate2}, {@code dropoutTime}). Times in months.
 *
 * @param accrualTime duration of accrual, positive
 * @param followUpTime follow-up of the last patient enrolled, zero or more
 * @param dropoutRate probability of drop-out by {@code dropoutTime}, in [0, 1)
 * @param dropoutTime the time at which {@code dropoutRate} applies, positive
 */
public record Recruitment(
    double accrualTime, double followUpTime, double dropoutRate, double dropoutTime) {
  /** Checks every input. */
  public Recruitment {
    if (!(accrualTime > 0) || Double.isInfinite(accrualTime)) {
      throw DesignMessages.error("survival.accrual", accrualTime);
    }
    if (!(followUpTime >= 0) || Double.isInfinite(followUpTime)) {
      throw DesignMessages.error("survival.followUp", followUpTime);
    }
    if (!(dropoutRate >= 0 && dropoutRate < 1)) {
      throw DesignMessages.error("survival.dropout.rate", dropoutRate);
    }
    if (!(dropoutTime > 0) || Double.isInfinite(dropoutTime)) {
      throw DesignMessages.error("survival.dropout.time", dropoutTime);
    }
  }

  /** The drop-out hazard {@code φ = −ln(1 − dropoutRate) / dropoutTime}. */
  public double dropoutHazard() {
    return -Math.log1p(-dropoutRate) / dropoutTime;
  }

  /** Calendar time of the analysis, {@code accrualTime + followUpTime}. */
  public double analysisTime() {
    return accrualTime + followUpTime;
  }

  /**
   * Probability that a patient of an arm with event hazard λ has an observed event by the analysis:
   * with {@code s = λ + φ}, a = accrual and f = follow-up,
   *
   * <pre>
   *   P = λ/s · [1 − (e^{−s f} − e^{−s (a + f)}) / (s a)],
   * </pre>
   *
   * the exponential event time competing with exponential drop-out, averaged over uniform entry
   * (Lachin and Foulkes 1986, doi:10.2307/2531201; rpact {@code getEventProbabilities}).
   */
  public double eventProbability(double lambda) {
    double s = lambda + dropoutHazard();
    double sa = s * accrualTime;
    double stillOpen = -Math.exp(-s * followUpTime) * Math.expm1(-sa) / sa;
    return lambda / s * (1 - stillOpen);
  }
}
