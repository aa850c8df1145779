package org.celltrial.design.gsd;

import java.util.Arrays;
import org.celltrial.design.DesignMessages;

/**
 * What a one-sided group-sequential design is asked to do: looks at information fractions {@code
 * t_1 < … < t_K = 1}, overall one-sided type I error α spent by a Lan–DeMets function, power 1 − β
 * at the alternative, and optionally a non-binding futility boundary from a β-spending function.
 *
 * @param informationRates the information fractions {@code t_k}, strictly increasing in (0, 1], the
 *     last equal to 1; 2 to 20 looks
 * @param alpha the one-sided type I error, in (0, 0.5)
 * @param beta the type II error 1 − power, in (0, 0.5)
 * @param alphaSpending the efficacy spending function
 * @param betaSpending the futility (β) spending function, or {@code null} for no futility boundary
 */
public record GsdSpec(
    double[] informationRates,
    double alpha,
    double beta,
    SpendingFunction alphaSpending,
    SpendingFunction betaSpending) {
  /** Most looks accepted (rpact's limit). */
  public static final int MAX_LOOKS = 20;

  /**
   * Checks every input and copies the fractions; errors name the option, the value and the rule.
   */
  public GsdSpec {
    double[] t = informationRates.clone();
    if (t.length < 2 || t.length > MAX_LOOKS) {
      throw DesignMessages.error("gsd.looks", t.length, MAX_LOOKS);
    }
    String shown = Arrays.toString(t);
    for (int k = 0; k < t.length; k++) {
      if (!(t[k] > 0 && t[k] <= 1)) {
        throw DesignMessages.error("gsd.info.range", shown, t[k]);
      }
      if (k > 0 && !(t[k] > t[k - 1])) {
        throw DesignMessages.error("gsd.info.increasing", shown, t[k - 1], t[k]);
      }
    }
    if (t[t.length - 1] != 1) {
      throw DesignMessages.error("gsd.info.last", shown, t[t.length - 1]);
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw DesignMessages.error("gsd.alpha", alpha);
    }
    if (!(beta > 0 && beta < 0.5)) {
      throw DesignMessages.error("gsd.power", 1 - beta);
    }
    if (alphaSpending == null) {
      throw DesignMessages.error("gsd.spending", "--spending", "null");
    }
    informationRates = t;
  }

  /** Equally spaced fractions {@code k / K}. */
  public static double[] equallySpaced(int looks) {
    if (looks < 2 || looks > MAX_LOOKS) {
      throw DesignMessages.error("gsd.looks", looks, MAX_LOOKS);
    }
    double[] t = new double[looks];
    for (int k = 1; k <= looks; k++) {
      t[k - 1] = (double) k / looks;
    }
    return t;
  }

  /** The number of looks K. */
  public int looks() {
    return informationRates.length;
  }

  /** A copy of the information fractions. */
  @Override
  public double[] informationRates() {
    return informationRates.clone();
  }
}
