package org.celltrial.analysis.simulation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws from one {@link SplittableRandom}. Only {@link StrictMath} is used, so that the same
 * seed gives the same numbers on every machine.
 */
final class Draw {
  private final SplittableRandom rng;

  Draw(SplittableRandom rng) {
    this.rng = rng;
  }

  /** An independent stream for one subject, split off this one. */
  Draw split() {
    return new Draw(rng.split());
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return rng.nextDouble() < p;
  }

  /** Uniform integer in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return lo + rng.nextInt(hi - lo + 1);
  }

  /** Uniform real in {@code [lo, hi)}. */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  /** Normal deviate by the Box-Muller transform: {@code sqrt(-2 ln u1) cos(2 pi u2)}. */
  double normal(double mean, double sd) {
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return mean
        + sd
            * StrictMath.sqrt(-2.0 * StrictMath.log(u1))
            * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** A rounded normal deviate clipped to {@code [lo, hi]}. */
  int normalInt(double mean, double sd, int lo, int hi) {
    long v = StrictMath.round(normal(mean, sd));
    return (int) Math.max(lo, Math.min(hi, v));
  }

  /** Log-uniform real in {@code [lo, hi)}. */
  double logUniform(double lo, double hi) {
    return StrictMath.exp(uniform(StrictMath.log(lo), StrictMath.log(hi)));
  }

  /** Index {@code i} with probability {@code weights[i] / sum(weights)}. */
  int index(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** One element, uniformly. */
  <T> T pick(List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  /** Rounds to one decimal. */
  static double oneDecimal(double x) {
    return StrictMath.round(x * 10.0) / 10.0;
  }
}
