package org.celltrial.clinical.response.lugano;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;

/**
 * A CT read at one time point (baseline or follow-up).
 *
 * @param targets up to 6 target lesions, each with its id
 * @param spleenCm spleen length in cm, or {@code null} if not measured
 * @param nonTarget non-measured lesions: absent, present, or progressed
 * @param newLesions new lesions seen at this scan
 * @param marrowInvolved marrow involvement by morphology (or IHC), or {@code null} if not done
 * @param extranodalDisease other extralymphatic disease still present
 */
public record CtScan(
    List<Lesion> targets,
    Double spleenCm,
    NonTarget nonTarget,
    List<NewLesion> newLesions,
    Boolean marrowInvolved,
    Boolean extranodalDisease) {
  /** Most target lesions Lugano 2014 allows. */
  public static final int MAX_TARGETS = 6;

  /** Checks the number of targets, copies the lists. */
  public CtScan {
    extranodalDisease = Boolean.TRUE.equals(extranodalDisease);
    targets = targets == null ? List.of() : List.copyOf(targets);
    newLesions = newLesions == null ? List.of() : List.copyOf(newLesions);
    nonTarget = nonTarget == null ? NonTarget.ABSENT : nonTarget;
    if (targets.size() > MAX_TARGETS) {
      throw ClinicalMessages.error("response.lugano.tooManyTargets", targets.size(), MAX_TARGETS);
    }
    if (targets.stream().map(Lesion::id).distinct().count() < targets.size()) {
      throw ClinicalMessages.error("response.lugano.duplicateTarget");
    }
    if (spleenCm != null && !(spleenCm > 0)) {
      throw ClinicalMessages.error("protocol.negative", "spleenCm", spleenCm);
    }
  }

  /** Sum of the PPDs of the targets, cm². */
  public java.math.BigDecimal spd() {
    return targets.stream().map(Lesion::ppd).reduce(java.math.BigDecimal.ZERO, (a, b) -> a.add(b));
  }
}
