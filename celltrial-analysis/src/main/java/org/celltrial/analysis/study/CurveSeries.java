package org.celltrial.analysis.study;

import org.celltrial.common.i18n.Message;

/**
 * A step curve for a figure: survival (Kaplan–Meier) or cumulative incidence.
 *
 * @param figure which figure it belongs to ({@code os}, {@code pfs} …)
 * @param label the curve's name in the legend
 * @param time step times in months, ascending, starting at 0
 * @param value the curve's value from each time on
 */
public record CurveSeries(String figure, Message label, double[] time, double[] value) {
  /** Copies the arrays. */
  public CurveSeries {
    time = time.clone();
    value = value.clone();
  }

  @Override
  public double[] time() {
    return time.clone();
  }

  @Override
  public double[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurveSeries c
        && figure.equals(c.figure)
        && label.equals(c.label)
        && java.util.Arrays.equals(time, c.time)
        && java.util.Arrays.equals(value, c.value);
  }

  @Override
  public int hashCode() {
    return figure.hashCode() * 31 + java.util.Arrays.hashCode(time);
  }

  @Override
  public String toString() {
    return "CurveSeries[" + figure + ", " + time.length + " steps]";
  }
}
