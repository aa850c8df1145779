package org.celltrial.design.dose;

import org.celltrial.design.DesignMessages;

/**
 * A dose-finding design for an exploratory CAR-T trial (G-PH-1): the method and its settings. Doses
 * are cell counts (e.g. 0.5, 1, 2, 5 ×10⁶ CAR-T cells/kg) named by a unit label.
 *
 * @param method the design
 * @param target φ, the target DLT rate in (0, 1)
 * @param doses the dose levels, positive and strictly increasing
 * @param unit the dose unit, e.g. {@code x10^6 cells/kg}
 * @param cohort patients per cohort, 1 to 6 (3 for 3+3)
 * @param maxN maximum number of patients
 * @param skeleton the CRM's prior DLT rates per dose, strictly increasing in (0, 1); empty for
 *     other methods
 */
public record DoseFindingDesign(
    DoseMethod method,
    double target,
    double[] doses,
    String unit,
    int cohort,
    int maxN,
    double[] skeleton) {
  /** Validates and copies: each problem a bad-input error naming the option, value and rule. */
  public DoseFindingDesign {
    DoseChecks.target(target);
    DoseChecks.doses(doses);
    DoseChecks.cohort(cohort);
    if (method == DoseMethod.THREE_PLUS_THREE && cohort != ThreePlusThree.COHORT) {
      throw DesignMessages.error("dose.threePlusThree.cohort", cohort);
    }
    DoseChecks.maxN(maxN, cohort);
    if (method == DoseMethod.CRM) {
      if (skeleton == null || skeleton.length == 0) {
        throw DesignMessages.error("dose.skeleton.missing");
      }
      DoseChecks.skeleton(skeleton, doses.length);
    } else {
      skeleton = new double[0];
    }
    doses = doses.clone();
    skeleton = skeleton.clone();
    unit = unit == null ? "" : unit;
  }

  @Override
  public double[] doses() {
    return doses.clone();
  }

  @Override
  public double[] skeleton() {
    return skeleton.clone();
  }

  /**
   * The decision table of an interval design (BOIN, i3+3: 1 to {@code maxN} patients; 3+3: 3 and
   * 6).
   *
   * @throws org.celltrial.common.i18n.CelltrialException for the CRM, which has no table
   */
  public DecisionTable table() {
    return switch (method) {
      case BOIN -> Boin.of(target).table(maxN);
      case I3PLUS3 -> I3Plus3.of(target).table(maxN);
      case THREE_PLUS_THREE -> ThreePlusThree.INSTANCE.table();
      case CRM -> throw DesignMessages.error("dose.crm.noTable");
    };
  }

  /** The CRM of this design (method {@code crm} only). */
  public Crm crm() {
    if (method != DoseMethod.CRM) {
      throw DesignMessages.error("dose.crm.noTable");
    }
    return Crm.of(target, skeleton);
  }

  DoseTrial trial() {
    return switch (method) {
      case CRM -> new CrmTrial(crm(), cohort, maxN);
      case THREE_PLUS_THREE -> new ThreePlusThreeTrial(maxN);
      default -> new IntervalTrial(target, cohort, maxN, table());
    };
  }
}
