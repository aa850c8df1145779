package org.celltrial.clinical.response.imwg;

import java.time.LocalDate;
import org.celltrial.clinical.ClinicalMessages;

/**
 * Myeloma measurements at one visit; {@code null} means not done.
 *
 * @param date the sample date
 * @param serumM serum M-protein by electrophoresis, g/dL (0 = not seen on electrophoresis)
 * @param urineM urine M-protein, mg/24 h
 * @param kappa serum free kappa, mg/dL
 * @param lambda serum free lambda, mg/dL
 * @param serumIfePositive serum immunofixation positive
 * @param urineIfePositive urine immunofixation positive
 * @param marrowPcPercent marrow plasma cells, %
 * @param clonalPcs clonal plasma cells in marrow by IHC or flow (for sCR)
 * @param plasmacytomaSpd sum of products of diameters of soft-tissue plasmacytomas, cm² (0 = gone)
 * @param newLesion new plasmacytoma or bone lesion on imaging
 */
public record MmAssessment(
    LocalDate date,
    Double serumM,
    Double urineM,
    Double kappa,
    Double lambda,
    Boolean serumIfePositive,
    Boolean urineIfePositive,
    Double marrowPcPercent,
    Boolean clonalPcs,
    Double plasmacytomaSpd,
    Boolean newLesion) {
  /** Checks that values are not negative. */
  public MmAssessment {
    newLesion = Boolean.TRUE.equals(newLesion);
    check("serumM", serumM);
    check("urineM", urineM);
    check("kappa", kappa);
    check("lambda", lambda);
    check("marrowPcPercent", marrowPcPercent);
    check("plasmacytomaSpd", plasmacytomaSpd);
  }

  private static void check(String field, Double v) {
    if (v != null && !(v >= 0)) {
      throw ClinicalMessages.error("protocol.negative", field, v);
    }
  }

  /** Involved minus uninvolved free light chain (dFLC), mg/dL, or {@code null}. */
  public Double dflc(LightChain involved) {
    if (kappa == null || lambda == null) {
      return null;
    }
    return involved == LightChain.KAPPA ? kappa - lambda : lambda - kappa;
  }

  /** The involved free light chain, mg/dL, or {@code null}. */
  public Double involvedFlc(LightChain involved) {
    return involved == LightChain.KAPPA ? kappa : lambda;
  }

  /** The kappa/lambda ratio, or {@code null}. */
  public Double ratio() {
    return kappa == null || lambda == null || lambda == 0 ? null : kappa / lambda;
  }
}
