package org.celltrial.clinical.response.lugano;

import org.celltrial.clinical.ClinicalMessages;

/**
 * A PET-CT read at one time point.
 *
 * @param score the highest Deauville score of any previously involved site (required)
 * @param uptake uptake intensity compared with baseline (needed when the score is 4 or 5)
 * @param newAvidLesions new FDG-avid foci consistent with lymphoma (not infection or inflammation;
 *     a new uptake scored X is not one)
 * @param marrowAvid FDG-avid marrow disease (new, recurrent or residual above normal)
 * @param marrowReduced residual marrow uptake is reduced from baseline
 * @param residualMassCm largest residual mass on CT, for information only (CMR allows any size)
 */
public record PetScan(
    Deauville score,
    UptakeChange uptake,
    Boolean newAvidLesions,
    Boolean marrowAvid,
    Boolean marrowReduced,
    Double residualMassCm) {
  /** Checks the score; absent flags are false. */
  public PetScan {
    newAvidLesions = Boolean.TRUE.equals(newAvidLesions);
    marrowAvid = Boolean.TRUE.equals(marrowAvid);
    marrowReduced = Boolean.TRUE.equals(marrowReduced);
    if (score == null) {
      throw ClinicalMessages.error("field.required", "pet.score");
    }
  }
}
