package org.celltrial.clinical.response.imwg;

/**
 * Protocol choices for IMWG 2016.
 *
 * @param serumMeasurable serum M-protein measurable at baseline from this value, g/dL (IMWG: 1.0;
 *     some CAR-T trials 0.5)
 * @param urineMeasurable urine M-protein measurable from this value, mg/24 h (200)
 * @param flcMeasurable involved FLC measurable from this value, mg/dL (10), with an abnormal ratio
 * @param ratioLow lower limit of the normal kappa/lambda ratio (0.26)
 * @param ratioHigh upper limit of the normal kappa/lambda ratio (1.65)
 */
public record ImwgParameters(
    double serumMeasurable,
    double urineMeasurable,
    double flcMeasurable,
    double ratioLow,
    double ratioHigh) {
  /** IMWG 2016 as published. */
  public static final ImwgParameters IMWG_2016 = new ImwgParameters(1.0, 200, 10, 0.26, 1.65);

  /** Whether the ratio lies in the normal range. */
  public boolean normalRatio(Double ratio) {
    return ratio != null && ratio >= ratioLow && ratio <= ratioHigh;
  }
}
