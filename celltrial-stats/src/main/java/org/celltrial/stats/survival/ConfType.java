package org.celltrial.stats.survival;

/**
 * How pointwise confidence limits of a survival curve are formed from S and the Greenwood standard
 * error σ of log S ({@code std.err} of R's {@code survfit}), with z the two-sided normal quantile.
 * Each matches R's {@code survival:::survfit_confint} (survival 3.5-3), including where R gives
 * {@code NA}: a limit that cannot be formed is NaN.
 *
 * <p>Reference: Kalbfleisch JD, Prentice RL. The Statistical Analysis of Failure Time Data, 2nd ed.
 * Wiley 2002, §1.4; Klein JP, Moeschberger ML. Survival Analysis, 2nd ed. Springer 2003, §4.3.
 */
public enum ConfType {
  /** {@code exp(log S ± z·σ)}, upper limit clipped at 1; NaN where S = 0. R's default. */
  LOG("log") {
    @Override
    void limits(double s, double se, double z, double[] lower, double[] upper, int i) {
      if (s == 0) {
        lower[i] = Double.NaN;
        upper[i] = Double.NaN;
        return;
      }
      lower[i] = Math.exp(Math.log(s) - z * se);
      upper[i] = Math.min(Math.exp(Math.log(s) + z * se), 1);
    }
  },
  /** {@code exp(−exp(log(−log S) ∓ z·σ/log S))}, never outside (0, 1); NaN where S = 0 or S = 1. */
  LOG_LOG("log-log") {
    @Override
    void limits(double s, double se, double z, double[] lower, double[] upper, int i) {
      if (s == 0 || s == 1) {
        lower[i] = Double.NaN;
        upper[i] = Double.NaN;
        return;
      }
      double half = z * se / Math.log(s);
      double loglog = Math.log(-Math.log(s));
      lower[i] = Math.exp(-Math.exp(loglog - half));
      upper[i] = Math.exp(-Math.exp(loglog + half));
    }
  },
  /**
   * {@code S ± z·S·σ} (Greenwood's variance on the survival scale), clipped to [0, 1]; NaN where S
   * = 0 and σ is infinite.
   */
  PLAIN("plain") {
    @Override
    void limits(double s, double se, double z, double[] lower, double[] upper, int i) {
      double half = se * s * z;
      lower[i] = Math.max(s - half, 0);
      upper[i] = Math.min(s + half, 1);
    }
  };

  private final String label;

  ConfType(String label) {
    this.label = label;
  }

  /** The name used on the command line, in JSON and by R's {@code conf.type}. */
  public String label() {
    return label;
  }

  /** Writes the lower limit at {@code lower[i]} and the upper at {@code upper[i]}. */
  abstract void limits(double s, double se, double z, double[] lower, double[] upper, int i);
}
