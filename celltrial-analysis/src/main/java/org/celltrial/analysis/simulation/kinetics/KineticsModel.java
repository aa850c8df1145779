package org.celltrial.analysis.simulation.kinetics;

import org.celltrial.analysis.simulation.SimIndication;

/**
 * The expansion–contraction–persistence model of one indication (docs/simulation.md, "Cellular
 * kinetics"). For t ≥ 1 day, with Cmax and Tmax drawn per subject:
 *
 * <ul>
 *   <li>expansion, 1 ≤ t ≤ Tmax: {@code C(t) = Cmax·F^(−(Tmax − t)/(Tmax − 1))}, exponential growth
 *       from Cmax/F at day 1;
 *   <li>contraction and persistence, t &gt; Tmax: {@code C(t) = Cmax·[(1 − f)·2^(−(t − Tmax)/h1) +
 *       f·2^(−(t − Tmax)/h2)]}, a fast phase (half-life h1) and a slow one (h2) holding the share
 *       f.
 * </ul>
 *
 * @param cmaxGeoMean geometric mean of the true peak of responders, copies/µg
 * @param cmaxSdLog SD of ln Cmax: sqrt(ln(1 + CV²)) for a geometric CV
 * @param nonResponderRatio geometric mean Cmax of non-responders over that of responders
 * @param tmaxMedian median Tmax, days
 * @param slowShare share f of the peak in the slow phase (median)
 * @param slowHalfLife half-life h2 of the slow phase in responders, days (median)
 * @param slowHalfLifeNonResponder h2 in non-responders, days (median)
 */
record KineticsModel(
    double cmaxGeoMean,
    double cmaxSdLog,
    double nonResponderRatio,
    double tmaxMedian,
    double slowShare,
    double slowHalfLife,
    double slowHalfLifeNonResponder) {

  /** Lower limit of quantification, copies/µg (design value of the order of qPCR assays). */
  static final double LLOQ = 50;

  /** Half-life h1 of the fast contraction, days. */
  static final double FAST_HALF_LIFE = 4;

  /** Median fold expansion from day 1 to the peak. */
  static final double FOLD_MEDIAN = 100;

  /** SD of the assay's multiplicative error on the log scale. */
  static final double ASSAY_SD_LOG = 0.2;

  /** Cmax factor per dose level below the highest. */
  static final double DOSE_STEP = 1.5;

  /**
   * The model of an indication. The Cmax here is the true peak; the sampling schedule catches it
   * only on sampling days, so each value is set above its published (observed) target until the NCA
   * of the simulated files reproduces the target within 15 % ({@code KineticsSimulatorTest}).
   * Targets: B-ALL tisagenlecleucel in ELIANA/ENSIGN, responders' geometric mean Cmax 34,700
   * copies/µg (CV 155 %), AUC0–28 318,000, Tmax about 10 days, responders 74 % higher Cmax than
   * non-responders (Mueller KT et al. Clin Cancer Res 2018;24:6175; Kymriah US prescribing
   * information 12.3). LBCL: tisagenlecleucel in JULIET, geometric mean Cmax about 5,800 copies/µg
   * (CV about 250 %), Tmax about 9 days, similar exposure regardless of response (Awasthi R et al.
   * Blood Adv 2020;4:560). MM: ciltacabtagene autoleucel in CARTITUDE-1, Cmax mean 48,692, SD
   * 27,174 copies/µg, so CV 0.558 and geometric mean 48,692/sqrt(1 + 0.558²) = 42,500; Tmax median
   * 12.7 days; below the LLOQ at a median of 100 days (Carvykti US prescribing information 12.3).
   */
  static KineticsModel of(SimIndication indication) {
    return switch (indication) {
      case B_ALL -> new KineticsModel(44_000, sdLog(1.55), 1 / 1.74, 10, 0.03, 60, 20);
      case LBCL -> new KineticsModel(7_300, sdLog(2.5), 1 / 1.07, 9, 0.05, 90, 30);
      case MM -> new KineticsModel(60_000, sdLog(0.558), 1 / 1.74, 12.7, 0.05, 16, 10);
    };
  }

  /** SD of the logs of a log-normal variable with coefficient of variation {@code cv}. */
  static double sdLog(double cv) {
    return StrictMath.sqrt(StrictMath.log1p(cv * cv));
  }

  /** The level at day {@code t ≥ 1} of a subject's curve. */
  static double level(
      double t, double cmax, double tmax, double fold, double share, double slowHalfLife) {
    if (t <= tmax) {
      return cmax * StrictMath.pow(fold, -(tmax - t) / (tmax - 1));
    }
    double dt = t - tmax;
    return cmax
        * ((1 - share) * StrictMath.pow(2, -dt / FAST_HALF_LIFE)
            + share * StrictMath.pow(2, -dt / slowHalfLife));
  }
}
