package org.celltrial.design.dose;

/**
 * Operating characteristics of a dose-finding design from a Monte Carlo simulation. The true MTD is
 * the highest dose whose true DLT rate is at most φ (-1 when every dose is above φ); doses above it
 * are overdoses.
 *
 * @param trials simulated trials
 * @param trueMtd the true MTD (0-based), -1 when none
 * @param percentSelected % of trials selecting each dose as MTD
 * @param percentNone % of trials selecting no dose
 * @param meanPatients mean patients treated per dose
 * @param meanDlts mean DLTs per dose
 * @param percentEarlyStop % of trials stopped early for toxicity (lowest dose too toxic)
 * @param meanSampleSize mean total patients
 * @param percentPatientsAboveMtd patients treated above the true MTD as % of all patients treated
 *     (pooled over trials)
 * @param percentSelectedAboveMtd % of trials selecting a dose above the true MTD
 * @param meanDurationWindows mean trial duration in DLT observation windows (staggered enrolment,
 *     see {@code TrialRecord.treat})
 */
public record OperatingCharacteristics(
    int trials,
    int trueMtd,
    double[] percentSelected,
    double percentNone,
    double[] meanPatients,
    double[] meanDlts,
    double percentEarlyStop,
    double meanSampleSize,
    double percentPatientsAboveMtd,
    double percentSelectedAboveMtd,
    double meanDurationWindows) {
  /** Copies. */
  public OperatingCharacteristics {
    percentSelected = percentSelected.clone();
    meanPatients = meanPatients.clone();
    meanDlts = meanDlts.clone();
  }

  @Override
  public double[] percentSelected() {
    return percentSelected.clone();
  }

  @Override
  public double[] meanPatients() {
    return meanPatients.clone();
  }

  @Override
  public double[] meanDlts() {
    return meanDlts.clone();
  }
}
