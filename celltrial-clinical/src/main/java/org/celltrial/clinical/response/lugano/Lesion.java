package org.celltrial.clinical.response.lugano;

import org.celltrial.clinical.ClinicalMessages;

/**
 * One target lesion on one CT scan. A lesion keeps its id across scans so that its own nadir can be
 * found (progression rule (a) is per lesion).
 *
 * @param id the lesion's identifier, the same at every scan
 * @param nodal whether it is a node or nodal mass (else extranodal)
 * @param state measured, too small to measure, or no longer visible
 * @param ldi longest transverse diameter in cm (when measured)
 * @param sdi shortest axis perpendicular to the LDi in cm (when measured)
 */
public record Lesion(String id, Boolean nodal, LesionState state, Double ldi, Double sdi) {
  /** Imputed side of a lesion too small to measure, cm (Lugano 2014). */
  public static final double TOO_SMALL_CM = 0.5;

  /** Checks the id and the measurements. */
  public Lesion {
    nodal = Boolean.TRUE.equals(nodal);
    if (id == null || id.isBlank()) {
      throw ClinicalMessages.error("field.required", "lesion.id");
    }
    state = state == null ? LesionState.MEASURED : state;
    if (state == LesionState.MEASURED) {
      if (ldi == null || sdi == null) {
        throw ClinicalMessages.error("field.required", "lesion " + id + " ldi/sdi");
      }
      if (ldi < 0 || sdi < 0 || sdi > ldi) {
        throw ClinicalMessages.error("response.lesion.invalid", id, ldi, sdi);
      }
    }
  }

  /** The LDi used in calculations: as measured, 0.5 cm when too small, 0 when not visible. */
  public double effectiveLdi() {
    return switch (state) {
      case MEASURED -> ldi;
      case TOO_SMALL -> TOO_SMALL_CM;
      case NOT_VISIBLE -> 0.0;
    };
  }

  /** The SDi used in calculations, with the same imputation. */
  public double effectiveSdi() {
    return switch (state) {
      case MEASURED -> sdi;
      case TOO_SMALL -> TOO_SMALL_CM;
      case NOT_VISIBLE -> 0.0;
    };
  }

  /** Product of the perpendicular diameters, exact in the recorded decimals (cm²). */
  public java.math.BigDecimal ppd() {
    return org.celltrial.clinical.response.Decimals.dec(effectiveLdi())
        .multiply(org.celltrial.clinical.response.Decimals.dec(effectiveSdi()));
  }
}
