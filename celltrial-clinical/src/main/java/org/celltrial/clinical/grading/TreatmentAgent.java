package org.celltrial.clinical.grading;

/**
 * The drugs that matter for CRS and ICANS episodes. All of them mask fever once CRS has begun (Lee
 * et al. 2019, footnote to the CRS table: after antipyretics or anti-cytokine therapy fever is no
 * longer required to grade CRS).
 */
public enum TreatmentAgent {
  TOCILIZUMAB,
  CORTICOSTEROID,
  SILTUXIMAB,
  ANAKINRA,
  OTHER_ANTI_CYTOKINE,
  ANTIPYRETIC;

  /** Whether this is anti-cytokine therapy other than tocilizumab and corticosteroids. */
  public boolean isOtherAntiCytokine() {
    return this == SILTUXIMAB || this == ANAKINRA || this == OTHER_ANTI_CYTOKINE;
  }

  /**
   * The agent named in the input, case-insensitive, {@code -} and {@code _} alike.
   *
   * @throws org.celltrial.common.i18n.CelltrialException naming the value and the accepted names
   */
  public static TreatmentAgent parse(String name) {
    return Choices.parse(TreatmentAgent.class, name, "agent");
  }
}
