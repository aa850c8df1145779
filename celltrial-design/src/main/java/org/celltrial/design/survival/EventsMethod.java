package org.celltrial.design.survival;

/**
 * How the number of events for a log-rank test of hazard ratio {@code HR} is computed, with {@code
 * z = z_{1−α/s} + z_{1−β}} (s = 1 or 2 sides) and allocation ratio {@code r = n_1 / n_2}
 * (experimental to control), as rpact's {@code getSampleSizeSurvival(typeOfComputation = …)}.
 */
public enum EventsMethod {
  /**
   * Schoenfeld (1981): {@code d = z² (1 + r)² / (r · ln²HR)}.
   *
   * <p>Schoenfeld D. The asymptotic properties of nonparametric tests for comparing survival
   * distributions. Biometrika 1981;68:316–319. doi:10.1093/biomet/68.1.316
   */
  SCHOENFELD("schoenfeld") {
    @Override
    public double events(double hazardRatio, double z, double ratio) {
      double log = Math.log(hazardRatio);
      return z * z * (1 + ratio) * (1 + ratio) / (ratio * log * log);
    }
  },

  /**
   * Freedman (1982): {@code d = z² (1 + r·HR)² / (r (1 − HR)²)}.
   *
   * <p>Freedman LS. Tables of the number of patients required in clinical trials using the logrank
   * test. Stat Med 1982;1:121–129. doi:10.1002/sim.4780010204
   */
  FREEDMAN("freedman") {
    @Override
    public double events(double hazardRatio, double z, double ratio) {
      double numerator = 1 + ratio * hazardRatio;
      double difference = 1 - hazardRatio;
      return z * z * numerator * numerator / (ratio * difference * difference);
    }
  };

  private final String label;

  EventsMethod(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON. */
  public String label() {
    return label;
  }

  /**
   * The required number of events, not rounded.
   *
   * @param hazardRatio the hazard ratio experimental / control under the alternative
   * @param z {@code z_{1−α/s} + z_{1−β}}
   * @param ratio the allocation ratio {@code n_1 / n_2}
   */
  public abstract double events(double hazardRatio, double z, double ratio);
}
