package org.celltrial.clinical.response.lugano;

import org.celltrial.clinical.ClinicalMessages;

/**
 * A new lesion seen on CT.
 *
 * @param nodal whether it is a node (else extranodal)
 * @param longestCm its largest diameter in any axis, cm
 * @param unequivocalLymphoma whether the reader judged it unequivocally lymphoma
 */
public record NewLesion(Boolean nodal, double longestCm, Boolean unequivocalLymphoma) {
  /** Checks the size. */
  public NewLesion {
    nodal = Boolean.TRUE.equals(nodal);
    unequivocalLymphoma = Boolean.TRUE.equals(unequivocalLymphoma);
    if (!(longestCm >= 0)) {
      throw ClinicalMessages.error("protocol.negative", "newLesion.longestCm", longestCm);
    }
  }
}
