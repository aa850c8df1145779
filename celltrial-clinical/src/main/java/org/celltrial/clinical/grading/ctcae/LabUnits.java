package org.celltrial.clinical.grading.ctcae;

import java.math.BigDecimal;
import java.util.Locale;
import org.celltrial.clinical.ClinicalMessages;

/**
 * Converts lab values to canonical units: counts to 10^9/L (1 /µL = 1 /mm³; 1,000 /µL = 1.0 ×
 * 10^9/L), hemoglobin to g/dL (10 g/L = 1 g/dL). Exact decimal arithmetic, so 850 /µL is exactly
 * 0.85.
 */
public final class LabUnits {
  private static final BigDecimal THOUSAND = new BigDecimal(1000);

  private LabUnits() {}

  /**
   * The value in the test's canonical unit.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a unit not known for the test
   */
  public static BigDecimal toCanonical(LabTest test, BigDecimal value, String unit) {
    String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT).replace("µ", "u");
    if (test == LabTest.HGB) {
      switch (u) {
        case "g/dl":
          return value;
        case "g/l":
          return value.movePointLeft(1);
        default:
          throw ClinicalMessages.error("lab.unit", unit, test.name(), "g/dL, g/L");
      }
    }
    switch (u) {
      case "10^9/l":
      case "x10^9/l":
      case "10^3/ul":
      case "x10^3/ul":
        return value;
      case "/ul":
      case "cells/ul":
      case "/mm3":
        return value.divide(THOUSAND);
      default:
        throw ClinicalMessages.error(
            "lab.unit", unit, test.name(), "10^9/L, 10^3/uL, /uL, cells/uL, /mm3");
    }
  }
}
