package org.celltrial.clinical.grading.igg;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * Severe hypogammaglobulinemia of one IgG sample under an {@link IggRule}: units converted to mg/dL
 * (1 g/L = 100 mg/dL); a sample drawn within the rule's window after an IVIG dose is excluded, not
 * judged.
 */
public final class Hypogammaglobulinemia {
  private Hypogammaglobulinemia() {}

  /** The verdict on a sample. */
  public enum Status {
    SEVERE,
    NOT_SEVERE,
    EXCLUDED_AFTER_IVIG
  }

  /**
   * The verdict with its reason.
   *
   * @param status severe, not severe, or excluded
   * @param mgPerDl the IgG in mg/dL
   * @param reason which threshold or IVIG dose decided
   */
  public record Verdict(Status status, BigDecimal mgPerDl, Message reason) {}

  /**
   * Judges one sample.
   *
   * @param unit {@code mg/dL} or {@code g/L}
   * @param ivig times of IVIG doses
   * @throws org.celltrial.common.i18n.CelltrialException for an unknown unit or a negative value
   */
  public static Verdict judge(
      LocalDateTime time, double value, String unit, List<LocalDateTime> ivig, IggRule rule) {
    if (!(value >= 0)) {
      throw ClinicalMessages.error("lab.negative", "IgG", value);
    }
    String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal mg =
        switch (u) {
          case "mg/dl" -> v;
          case "g/l" -> v.movePointRight(2);
          default -> throw ClinicalMessages.error("lab.unit", unit, "IgG", "mg/dL, g/L");
        };
    String shown = mg.stripTrailingZeros().toPlainString();
    for (LocalDateTime dose : ivig) {
      if (!time.isBefore(dose) && time.isBefore(dose.plus(rule.afterIvig()))) {
        return new Verdict(
            Status.EXCLUDED_AFTER_IVIG,
            mg,
            ClinicalMessages.of("igg.afterIvig", shown, dose, rule.afterIvig().toDays()));
      }
    }
    int c = mg.compareTo(rule.thresholdMgPerDl());
    boolean severe = rule.inclusive() ? c <= 0 : c < 0;
    String op = rule.inclusive() ? "<=" : "<";
    String t = rule.thresholdMgPerDl().toPlainString();
    return new Verdict(
        severe ? Status.SEVERE : Status.NOT_SEVERE,
        mg,
        ClinicalMessages.of(severe ? "igg.severe" : "igg.notSevere", shown, op, t));
  }
}
