package org.celltrial.clinical.response.imwg;

import java.time.LocalDate;
import org.celltrial.clinical.ClinicalMessages;

/**
 * One MRD measurement.
 *
 * @param date sample date
 * @param method assay
 * @param detected whether disease was detected
 * @param level the measured fraction of cells when detected (e.g. 5e-5), or {@code null}
 * @param sensitivity the achieved sensitivity (limit of detection) of this sample, e.g. 1e-5
 * @param imagingNegative PET/CT negative at the same time point (IMWG imaging-plus MRD), or {@code
 *     null} if not done
 */
public record MrdTest(
    LocalDate date,
    MrdMethod method,
    boolean detected,
    Double level,
    double sensitivity,
    Boolean imagingNegative) {
  /** Checks the date and the sensitivity. */
  public MrdTest {
    if (date == null) {
      throw ClinicalMessages.error("field.required", "mrd.date");
    }
    if (!(sensitivity > 0 && sensitivity < 1)) {
      throw ClinicalMessages.error(
          "response.value.invalid", "mrd.sensitivity", sensitivity, "0 < sensitivity < 1");
    }
    if (level != null && !(level >= 0 && level <= 1)) {
      throw ClinicalMessages.error("response.value.invalid", "mrd.level", level, "0 … 1");
    }
  }
}
