package org.celltrial.clinical.eligibility;

import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * One criterion's verdict with its reason: which rule, which of the subject's data, which
 * threshold.
 *
 * @param id a stable identifier of the criterion ({@code lines}, {@code ph-tki}, …)
 * @param rule the rule cited: a guideline ID ({@code G-POP-5}) or a paper
 * @param verdict met, not met or undecided
 * @param reason the reason, rendered in either language
 * @param missing the data fields whose absence left the criterion undecided
 */
public record Criterion(
    String id, String rule, Verdict verdict, Message reason, List<String> missing) {
  /** Copies the list. */
  public Criterion {
    missing = List.copyOf(missing);
  }

  /** A decided criterion; the reason is message {@code key} of the clinical bundle. */
  public static Criterion decided(String id, String rule, boolean met, String key, Object... args) {
    return new Criterion(
        id, rule, met ? Verdict.MET : Verdict.NOT_MET, ClinicalMessages.of(key, args), List.of());
  }

  /**
   * A code (indication, population, transplant type …) in the reader's language: message {@code
   * code.<Type>.<NAME>}.
   */
  public static Message code(Enum<?> value) {
    return ClinicalMessages.of(
        "code." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** An undecided criterion naming the missing data. */
  public static Criterion undecided(
      String id, String rule, List<String> missing, String key, Object... args) {
    return new Criterion(id, rule, Verdict.UNDECIDED, ClinicalMessages.of(key, args), missing);
  }
}
