package org.celltrial.design.gsd;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.celltrial.design.DesignMessages;

/**
 * A Lan–DeMets error-spending function {@code α(t)}: the cumulative type I (or type II) error spent
 * by information fraction {@code t ∈ (0, 1]}, with {@code α(1)} equal to the total. The three
 * families are those of rpact ({@code typeOfDesign = "asOF"}, {@code "asP"}, {@code "asHSD"}) and
 * gsDesign ({@code sfLDOF}, {@code sfLDPocock}, {@code sfHSD}).
 *
 * <ol>
 *   <li>Lan KKG, DeMets DL. Discrete sequential boundaries for clinical trials. Biometrika
 *       1983;70:659–663. doi:10.1093/biomet/70.3.659
 *   <li>Hwang IK, Shih WJ, DeCani JS. Group sequential designs using a family of type I error
 *       probability spending functions. Stat Med 1990;9:1439–1445. doi:10.1002/sim.4780091207
 * </ol>
 */
public sealed interface SpendingFunction {
  /** Smallest Hwang–Shih–DeCani γ accepted (rpact's range). */
  double GAMMA_MIN = -10;

  /** Largest Hwang–Shih–DeCani γ accepted (rpact's range). */
  double GAMMA_MAX = 5;

  /**
   * The error spent by information fraction {@code t}.
   *
   * @param total the total error {@code α} (or {@code β}) spent at {@code t = 1}
   * @param t the information fraction, in (0, 1]
   */
  double spent(double total, double t);

  /** The name used on the command line and in JSON: {@code obf}, {@code pocock}, {@code hsd:γ}. */
  String label();

  /**
   * O'Brien–Fleming type: {@code α(t) = 2 − 2Φ(z_{1−α/2} / √t)} (one-sided; rpact's {@code asOF}
   * with {@code sided = 1}, and {@code bsOF}).
   */
  record OBrienFleming() implements SpendingFunction {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    @Override
    public double spent(double total, double t) {
      double z = STANDARD.inverseSurvivalProbability(total / 2);
      return 2 * STANDARD.survivalProbability(z / Math.sqrt(t));
    }

    @Override
    public String label() {
      return "obf";
    }
  }

  /** Pocock type: {@code α(t) = α · ln(1 + (e − 1) t)}. */
  record Pocock() implements SpendingFunction {
    @Override
    public double spent(double total, double t) {
      return total * Math.log1p((Math.E - 1) * t);
    }

    @Override
    public String label() {
      return "pocock";
    }
  }

  /**
   * Hwang–Shih–DeCani: {@code α(t) = α (1 − e^{−γt}) / (1 − e^{−γ})}, and {@code α t} at γ = 0. γ =
   * −4 is close to O'Brien–Fleming, γ = 1 close to Pocock.
   *
   * @param gamma the shape γ, in [−10, 5]
   */
  record HwangShihDeCani(double gamma) implements SpendingFunction {
    /** Checks the shape. */
    public HwangShihDeCani {
      if (!(gamma >= GAMMA_MIN && gamma <= GAMMA_MAX)) {
        throw DesignMessages.error("gsd.gamma", gamma, GAMMA_MIN, GAMMA_MAX);
      }
    }

    @Override
    public double spent(double total, double t) {
      if (gamma == 0) {
        return total * t;
      }
      return total * Math.expm1(-gamma * t) / Math.expm1(-gamma);
    }

    @Override
    public String label() {
      return "hsd:" + (gamma == Math.rint(gamma) ? Long.toString((long) gamma) : gamma);
    }
  }

  /**
   * Reads {@code obf}, {@code pocock} or {@code hsd:γ} (case-insensitive).
   *
   * @param option the option the text came from, named in the error
   * @param text the text to read
   */
  static SpendingFunction parse(String option, String text) {
    String s = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (s.equals("obf")) {
      return new OBrienFleming();
    }
    if (s.equals("pocock")) {
      return new Pocock();
    }
    if (s.startsWith("hsd:")) {
      double gamma;
      try {
        gamma = Double.parseDouble(s.substring(4));
      } catch (NumberFormatException e) {
        throw DesignMessages.error("gsd.spending", option, text);
      }
      return new HwangShihDeCani(gamma);
    }
    throw DesignMessages.error("gsd.spending", option, text);
  }
}
