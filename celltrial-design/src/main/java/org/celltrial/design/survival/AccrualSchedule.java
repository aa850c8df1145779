package org.celltrial.design.survival;

import java.util.Arrays;
import org.celltrial.design.DesignMessages;

/**
 * Piecewise-constant accrual with known speed: {@code intensities[i]} patients per month from
 * {@code ends[i − 1]} (0 for the first piece) to {@code ends[i]}, as rpact's {@code accrualTime =
 * c(0, ends)} with absolute {@code accrualIntensity}. The number of patients is then fixed, and
 * what is computed is when the events are expected ({@link SurvivalSampleSize#analysisTime}).
 *
 * @param ends the ends of the accrual pieces in months, strictly increasing and positive
 * @param intensities patients per month in each piece, positive
 */
public record AccrualSchedule(double[] ends, double[] intensities) {
  /** Checks and copies the pieces. */
  public AccrualSchedule {
    ends = ends.clone();
    intensities = intensities.clone();
    if (ends.length == 0 || ends.length != intensities.length) {
      throw DesignMessages.error("survival.intensity.count", intensities.length, ends.length);
    }
    for (int i = 0; i < ends.length; i++) {
      double start = i == 0 ? 0 : ends[i - 1];
      if (!(ends[i] > start) || Double.isInfinite(ends[i])) {
        throw DesignMessages.error("survival.accrual.ends", Arrays.toString(ends), ends[i]);
      }
      if (!(intensities[i] > 0) || Double.isInfinite(intensities[i])) {
        throw DesignMessages.error("survival.intensity", intensities[i]);
      }
    }
  }

  /** A copy of the piece ends. */
  @Override
  public double[] ends() {
    return ends.clone();
  }

  /** A copy of the intensities. */
  @Override
  public double[] intensities() {
    return intensities.clone();
  }

  /** The number of patients {@code Σ c_i (a_i − a_{i−1})}. */
  public double patients() {
    double n = 0;
    for (int i = 0; i < ends.length; i++) {
      n += intensities[i] * (ends[i] - (i == 0 ? 0 : ends[i - 1]));
    }
    return n;
  }

  /** The end of accrual. */
  public double duration() {
    return ends[ends.length - 1];
  }

  /**
   * The fraction of all planned patients of an arm with an observed event by calendar time T: with
   * {@code s = λ + φ}, entry density {@code c_i / N} on piece i and only patients entered by T,
   *
   * <pre>
   *   F(T) = (1/N) Σ_i c_i λ/s ∫_{a_{i−1}}^{min(a_i, T)} (1 − e^{−s (T − e)}) de
   *        = (1/N) Σ_i c_i λ/s [ (e₁ − e₀) − (e^{−s (T − e₁)} − e^{−s (T − e₀)}) / s ].
   * </pre>
   *
   * @param lambda the arm's event hazard λ
   * @param phi the drop-out hazard φ
   * @param time the calendar time T, positive
   */
  public double eventFraction(double lambda, double phi, double time) {
    double s = lambda + phi;
    double sum = 0;
    for (int i = 0; i < ends.length; i++) {
      double e0 = i == 0 ? 0 : ends[i - 1];
      if (e0 >= time) {
        break;
      }
      double e1 = Math.min(ends[i], time);
      double tail = Math.exp(-s * (time - e1)) * -Math.expm1(-s * (e1 - e0)) / s;
      sum += intensities[i] * ((e1 - e0) - tail);
    }
    return lambda / s * sum / patients();
  }
}
