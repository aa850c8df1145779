package org.celltrial.clinical.grading.icaht;

import org.celltrial.clinical.ClinicalMessages;

/**
 * The choices the ICAHT consensus leaves to the implementation or the SAP.
 *
 * @param maxInterpolatedGap missing days between two ANC values that are linearly interpolated (7,
 *     as in the Liang implementation: weekly outpatient draws); longer gaps stay missing and break
 *     runs
 * @param stableRecoveryDays days above the threshold that end a run (3, CIBMTR-style stable
 *     recovery); shorter recoveries are joined into the run and counted in its duration
 * @param earlyEndDay last day of early ICAHT (30)
 * @param lateEndDay last day of the late ICAHT window (100; 180 or 365 are possible)
 * @param lateSingleValue whether a single low value after day 30 may grade late ICAHT (the Liang
 *     implementation: yes; the consensus asks for two occasions)
 * @param landmarkDay the prolonged-cytopenia landmark (28, or 30)
 * @param landmarkWindowDays the last value within this many days of the landmark is the one judged
 * @param lateCytopeniaDay cytopenia of grade ≥ 3 after this day is late cytopenia (90)
 */
public record IcahtParameters(
    int maxInterpolatedGap,
    int stableRecoveryDays,
    int earlyEndDay,
    int lateEndDay,
    boolean lateSingleValue,
    int landmarkDay,
    int landmarkWindowDays,
    int lateCytopeniaDay) {

  /** The defaults named above. */
  public static final IcahtParameters DEFAULT = new IcahtParameters(7, 3, 30, 100, true, 28, 3, 90);

  /** Checks that the days make sense together. */
  public IcahtParameters {
    if (maxInterpolatedGap < 0
        || stableRecoveryDays < 1
        || earlyEndDay < 1
        || lateEndDay <= earlyEndDay
        || landmarkDay < 0
        || landmarkWindowDays < 0
        || lateCytopeniaDay < 0) {
      throw ClinicalMessages.error(
          "icaht.parameters",
          maxInterpolatedGap,
          stableRecoveryDays,
          earlyEndDay,
          lateEndDay,
          landmarkDay,
          landmarkWindowDays,
          lateCytopeniaDay);
    }
  }

  /** The same parameters with another landmark and late-cytopenia day. */
  public IcahtParameters withLandmarks(int landmark, int late) {
    return new IcahtParameters(
        maxInterpolatedGap,
        stableRecoveryDays,
        earlyEndDay,
        lateEndDay,
        lateSingleValue,
        landmark,
        landmarkWindowDays,
        late);
  }
}
