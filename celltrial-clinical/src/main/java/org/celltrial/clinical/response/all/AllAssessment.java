package org.celltrial.clinical.response.all;

import java.time.LocalDate;
import org.celltrial.clinical.ClinicalMessages;

/**
 * B-ALL findings at one assessment; {@code null} means not done.
 *
 * @param date assessment date
 * @param marrowBlastPercent marrow blasts, %
 * @param peripheralBlasts circulating blasts present
 * @param extramedullary extramedullary disease present (other than CNS)
 * @param cns3 CNS3 status (CSF blasts with at least 5 WBC/µL, or clinical CNS disease)
 * @param anc absolute neutrophil count, 10^9/L
 * @param platelets platelets, 10^9/L
 * @param transfusionIndependent no platelet or red-cell transfusion in the protocol window
 * @param mrd the MRD measurement of this marrow, or {@code null}
 */
public record AllAssessment(
    LocalDate date,
    Double marrowBlastPercent,
    Boolean peripheralBlasts,
    Boolean extramedullary,
    Boolean cns3,
    Double anc,
    Double platelets,
    Boolean transfusionIndependent,
    AllMrd mrd) {
  /** Checks the values. */
  public AllAssessment {
    if (date == null) {
      throw ClinicalMessages.error("field.required", "date");
    }
    for (Double v : new Double[] {marrowBlastPercent, anc, platelets}) {
      if (v != null && !(v >= 0)) {
        throw ClinicalMessages.error("protocol.negative", "marrowBlastPercent/anc/platelets", v);
      }
    }
  }
}
