package org.celltrial.clinical.grading;

import org.celltrial.clinical.ClinicalMessages;

/** The plausibility check of a recorded body temperature, shared by CRS and febrile neutropenia. */
public final class BodyTemperature {
  /** Lowest plausible body temperature, °C, inclusive. */
  public static final double MIN = 30.0;

  /** Highest plausible body temperature, °C, inclusive. */
  public static final double MAX = 45.0;

  private BodyTemperature() {}

  /**
   * The temperature, when it is given and within {@link #MIN}–{@link #MAX} °C.
   *
   * @param field the input field, named in the error
   * @throws org.celltrial.common.i18n.CelltrialException naming the field and value otherwise
   */
  public static double check(String field, Double celsius) {
    if (celsius == null) {
      throw ClinicalMessages.error("grading.temperature.missing", field);
    }
    if (!(celsius >= MIN && celsius <= MAX)) {
      throw ClinicalMessages.error("grading.temperature.range", field, celsius, MIN, MAX);
    }
    return celsius;
  }
}
