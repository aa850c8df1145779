package org.celltrial.clinical.grading.icaht;

import java.time.LocalDateTime;

/**
 * One blood count, as entered.
 *
 * @param time when the sample was drawn
 * @param test {@code anc}, {@code plt}, {@code hgb}, {@code alc} or {@code wbc}
 * @param value the value in {@code unit}
 * @param unit {@code 10^9/L}, {@code 10^3/uL}, {@code /uL}, {@code cells/uL}, {@code /mm3}; for
 *     hemoglobin {@code g/dL} or {@code g/L}
 * @param lln the site's lower limit of normal in the same unit, optional (grade 1 needs it)
 */
public record CountObservation(
    LocalDateTime time, String test, Double value, String unit, Double lln) {}
