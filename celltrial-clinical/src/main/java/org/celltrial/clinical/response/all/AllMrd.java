package org.celltrial.clinical.response.all;

import org.celltrial.clinical.ClinicalMessages;

/**
 * One B-ALL MRD measurement.
 *
 * @param method {@code FLOW}, {@code NGS} or {@code PCR}
 * @param detected whether leukaemia was detected
 * @param level measured fraction when detected (0.0005 = 0.05%), or {@code null}
 * @param sensitivity achieved sensitivity of the sample (e.g. 1e-5)
 */
public record AllMrd(String method, boolean detected, Double level, double sensitivity) {
  /** Checks the values. */
  public AllMrd {
    if (method == null
        || !(method.equals("FLOW") || method.equals("NGS") || method.equals("PCR"))) {
      throw ClinicalMessages.error(
          "response.value.invalid", "mrd.method", method, "FLOW, NGS, PCR");
    }
    if (!(sensitivity > 0 && sensitivity < 1)) {
      throw ClinicalMessages.error(
          "response.value.invalid", "mrd.sensitivity", sensitivity, "0 < sensitivity < 1");
    }
    if (detected && level == null) {
      throw ClinicalMessages.error("field.required", "mrd.level");
    }
  }
}
