package org.celltrial.stats.competing;

import java.util.Arrays;

/**
 * The cumulative incidence of one cause in one group as a step function, laid out as {@code
 * cmprsk::cuminc} returns it: {@code time[0] = 0} with estimate 0, then each distinct time of the
 * cause twice (the estimate before and after its jump), then the largest follow-up time of the
 * group. The variance changes only at times of the cause (Aalen-type estimator of Gray's {@code
 * cinc}; see {@link CumulativeIncidence}).
 *
 * @param group the group code (0…g−1)
 * @param cause the cause code
 * @param time corners of the step function
 * @param estimate the cumulative incidence at each corner
 * @param variance its estimated variance at each corner
 */
public record IncidenceCurve(
    int group, int cause, double[] time, double[] estimate, double[] variance) {
  /** Copies the arrays. */
  public IncidenceCurve {
    time = time.clone();
    estimate = estimate.clone();
    variance = variance.clone();
  }

  @Override
  public double[] time() {
    return time.clone();
  }

  @Override
  public double[] estimate() {
    return estimate.clone();
  }

  @Override
  public double[] variance() {
    return variance.clone();
  }

  /**
   * The estimate and variance at time {@code t} as {@code cmprsk::timepoints}: the right-continuous
   * step value, missing (NaN) beyond the group's largest follow-up time or before 0; with limits
   * from {@link IncidencePoint#of}.
   */
  public IncidencePoint at(double t, double level) {
    int last = time.length - 1;
    int index = -1;
    if (t == time[last]) {
      index = last;
    } else if (t < time[last]) {
      for (int k = last - 1; k >= 0; k--) {
        if (time[k] <= t) {
          index = k + 1;
          break;
        }
      }
    }
    if (index < 0) {
      return IncidencePoint.of(t, Double.NaN, Double.NaN, level);
    }
    return IncidencePoint.of(t, estimate[index], variance[index], level);
  }

  /** Every corner with its limits at the given level. */
  public IncidencePoint[] points(double level) {
    IncidencePoint[] out = new IncidencePoint[time.length];
    for (int i = 0; i < time.length; i++) {
      out[i] = IncidencePoint.of(time[i], estimate[i], variance[i], level);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IncidenceCurve c
        && group == c.group
        && cause == c.cause
        && Arrays.equals(time, c.time)
        && Arrays.equals(estimate, c.estimate)
        && Arrays.equals(variance, c.variance);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * group + cause) + Arrays.hashCode(estimate);
  }

  @Override
  public String toString() {
    return "IncidenceCurve[group=" + group + ", cause=" + cause + ", points=" + time.length + "]";
  }
}
