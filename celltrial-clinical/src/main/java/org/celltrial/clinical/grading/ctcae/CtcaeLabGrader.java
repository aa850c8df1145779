package org.celltrial.clinical.grading.ctcae;

import java.math.BigDecimal;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.GradingSystem;

/**
 * CTCAE v5.0 grade of a hematologic lab value, tested from the most severe band down as admiral
 * does ({@code derive_var_atoxgr}): value &lt; grade-4 cut → 4; else &lt; grade-3 cut → 3; else
 * &lt; grade-2 cut → 2; else, with an LLN, value &lt; LLN → 1, otherwise 0; without an LLN grade 0
 * or 1 is undeterminable. So with an LLN below the grade-2 cut (ANC LLN 1.4) a value of 1.45 is
 * grade 2, and a value equal to the LLN is grade 0.
 */
public final class CtcaeLabGrader {
  private CtcaeLabGrader() {}

  /**
   * Grades a value given in canonical units.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a negative value or LLN
   */
  public static LabGrade grade(LabTest test, BigDecimal value, BigDecimal lln) {
    if (value.signum() < 0) {
      throw ClinicalMessages.error("lab.negative", test.name(), value.toPlainString());
    }
    if (lln != null && lln.signum() < 0) {
      throw ClinicalMessages.error("lab.negative", "lln", lln.toPlainString());
    }
    String v = value.stripTrailingZeros().toPlainString();
    for (int g = 4; g >= 2; g--) {
      BigDecimal cut = test.cut(g);
      if (cut != null && value.compareTo(cut) < 0) {
        return result(test, value, lln, g, "lab.band", v, cut.toPlainString());
      }
    }
    if (lln == null) {
      return new LabGrade(
          test,
          value,
          null,
          null,
          GradingSystem.CTCAE_5_0,
          ClinicalMessages.of(
              "lab.noLln", test.term(), v, test.cut(2).toPlainString(), test.unit()));
    }
    String l = lln.stripTrailingZeros().toPlainString();
    return value.compareTo(lln) < 0
        ? result(test, value, lln, 1, "lab.belowLln", v, l)
        : result(test, value, lln, 0, "lab.normal", v, l);
  }

  private static LabGrade result(
      LabTest test,
      BigDecimal value,
      BigDecimal lln,
      int grade,
      String key,
      String v,
      String limit) {
    return new LabGrade(
        test,
        value,
        lln,
        grade,
        GradingSystem.CTCAE_5_0,
        ClinicalMessages.of(key, test.term(), v, limit, test.unit(), grade));
  }
}
