package org.celltrial.clinical.safety.malignancy;

/**
 * An incidence rate per 100 person-years with its exact Poisson interval (G-SAF-6): rate = 100 x /
 * T, limits = 100 × Garwood limits of x / T ({@link PoissonLimits}), as R's {@code poisson.test(x,
 * T)} times 100.
 *
 * @param events the number of new cases x
 * @param personYears the person-time at risk T in years
 * @param level the confidence level
 * @param ratePer100 100 x / T
 * @param lowerPer100 the lower limit per 100 person-years
 * @param upperPer100 the upper limit per 100 person-years
 */
public record IncidenceRate(
    int events,
    double personYears,
    double level,
    double ratePer100,
    double lowerPer100,
    double upperPer100) {

  /**
   * The rate and its exact interval.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for negative events, person-time not
   *     positive or a level outside (0, 1)
   */
  public static IncidenceRate of(int events, double personYears, double level) {
    PoissonLimits.checkPositive("person-time (--person-years)", personYears);
    double[] ci = PoissonLimits.of(events, level);
    return new IncidenceRate(
        events,
        personYears,
        level,
        100 * events / personYears,
        100 * ci[0] / personYears,
        100 * ci[1] / personYears);
  }
}
