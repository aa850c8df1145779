package org.celltrial.clinical.response.lugano;

import org.celltrial.clinical.ClinicalMessages;

/**
 * Protocol choices for Lugano 2014.
 *
 * @param cmrMaxScore the highest Deauville score still counted as CMR (Lugano: 3; some charters 2)
 * @param normalSpleenCm the upper normal spleen length (Lugano examples: 13 cm)
 */
public record LuganoParameters(Deauville cmrMaxScore, double normalSpleenCm) {
  /** Lugano 2014 as published: Deauville 3 is CMR, normal spleen 13 cm. */
  public static final LuganoParameters LUGANO_2014 = new LuganoParameters(Deauville.THREE, 13.0);

  /** Checks the choices. */
  public LuganoParameters {
    if (cmrMaxScore == null || cmrMaxScore == Deauville.X || cmrMaxScore == Deauville.FIVE) {
      throw ClinicalMessages.error(
          "response.value.invalid", "cmrMaxScore", cmrMaxScore, "1, 2, 3, 4");
    }
    if (!(normalSpleenCm > 0)) {
      throw ClinicalMessages.error("protocol.negative", "normalSpleenCm", normalSpleenCm);
    }
  }
}
