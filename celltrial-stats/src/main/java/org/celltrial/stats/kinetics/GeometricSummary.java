package org.celltrial.stats.kinetics;

/**
 * Geometric mean and geometric coefficient of variation of positive values.
 *
 * <p>With {@code s} the sample standard deviation (divisor n − 1) of {@code ln x}: geometric mean
 * {@code exp(mean(ln x))}, geometric CV% {@code 100·sqrt(exp(s²) − 1)} (Kirkwood TBL. Geometric
 * means and measures of dispersion. Biometrics 1979;35:908-909).
 *
 * @param n values summarised (the positive ones)
 * @param excluded values left out for being 0 or undefined
 * @param geometricMean null when n = 0
 * @param geometricCv CV in percent; null when n &lt; 2
 */
public record GeometricSummary(int n, int excluded, Double geometricMean, Double geometricCv) {

  /** Summarises the positive values; 0 and null are counted as excluded. */
  static GeometricSummary of(Double[] values) {
    double sum = 0;
    int n = 0;
    for (Double v : values) {
      if (v != null && v > 0) {
        sum += Math.log(v);
        n++;
      }
    }
    if (n == 0) {
      return new GeometricSummary(0, values.length, null, null);
    }
    double mean = sum / n;
    if (n == 1) {
      return new GeometricSummary(1, values.length - 1, Math.exp(mean), null);
    }
    double ss = 0;
    for (Double v : values) {
      if (v != null && v > 0) {
        double d = Math.log(v) - mean;
        ss += d * d;
      }
    }
    double var = ss / (n - 1);
    return new GeometricSummary(
        n, values.length - n, Math.exp(mean), 100 * Math.sqrt(Math.expm1(var)));
  }
}
