package org.celltrial.clinical.safety.malignancy;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.celltrial.clinical.ClinicalMessages;

/**
 * The exact (Garwood 1936, Biometrika 28:437-442) confidence limits for the mean μ of a Poisson
 * count x: lower = χ²(α/2; 2x) / 2 (0 when x = 0), upper = χ²(1 − α/2; 2x + 2) / 2, α = 1 − level.
 * These are the limits of R's {@code poisson.test}.
 */
final class PoissonLimits {
  private PoissonLimits() {}

  /** {lower, upper} for the mean of a Poisson count. */
  static double[] of(int events, double level) {
    checkCount("events (--events)", events);
    checkLevel(level);
    double alpha = 1 - level;
    double lower =
        events == 0
            ? 0
            : ChiSquaredDistribution.of(2.0 * events).inverseCumulativeProbability(alpha / 2) / 2;
    double upper =
        ChiSquaredDistribution.of(2.0 * events + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
    return new double[] {lower, upper};
  }

  static void checkCount(String field, int count) {
    if (count < 0) {
      throw ClinicalMessages.error("safety.count.negative", field, count);
    }
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw ClinicalMessages.error("safety.level", level);
    }
  }

  static void checkPositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw ClinicalMessages.error("safety.positive", field, value);
    }
  }
}
