package org.celltrial.stats.competing;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.stats.StatsMessages;

/**
 * The cumulative incidence at one time with a two-sided confidence interval on the log(−log) scale:
 * with {@code s = sqrt(var) / |F log F|} and {@code z} the standard normal quantile, lower {@code
 * F^exp(z·s)} and upper {@code F^exp(−z·s)}. This keeps the limits inside (0, 1) (Kalbfleisch and
 * Prentice, The Statistical Analysis of Failure Time Data, 2nd ed. 2002, §1.4; Choudhury JB, Stat
 * Med 2002;21:1129-1144). {@code cmprsk::cuminc} itself reports only the estimate and variance.
 * Where the estimate is 0 or 1, or missing, the limits are missing (NaN).
 *
 * @param time the time
 * @param estimate the cumulative incidence, NaN beyond follow-up
 * @param variance its variance (cuminc's)
 * @param lower lower limit
 * @param upper upper limit
 */
public record IncidencePoint(
    double time, double estimate, double variance, double lower, double upper) {

  /**
   * The point with log(−log) limits at the given level.
   *
   * @throws org.celltrial.common.i18n.CelltrialException when the level is not in (0, 1)
   */
  public static IncidencePoint of(double time, double estimate, double variance, double level) {
    checkLevel(level);
    if (!(estimate > 0 && estimate < 1)) {
      return new IncidencePoint(time, estimate, variance, Double.NaN, Double.NaN);
    }
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
    double s = Math.sqrt(variance) / Math.abs(estimate * Math.log(estimate));
    return new IncidencePoint(
        time,
        estimate,
        variance,
        Math.pow(estimate, Math.exp(z * s)),
        Math.pow(estimate, Math.exp(-z * s)));
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw StatsMessages.error("competing.level", level);
    }
  }
}
