package org.celltrial.clinical.journey;

import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * One inconsistency in a subject's journey, located at the JSON path of the event.
 *
 * @param location the event's JSON path, e.g. {@code $.journey[4]}
 * @param rule the rule cited (a guideline ID, or {@code journey-order} for plain date order)
 * @param severity an error (impossible data) or a warning (allowed but to be checked)
 * @param message what is wrong, in either language
 */
public record Finding(String location, String rule, Severity severity, Message message) {
  /** Errors are impossible or forbidden; warnings need a look. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static Finding error(int index, String rule, String key, Object... args) {
    return new Finding(path(index), rule, Severity.ERROR, ClinicalMessages.of(key, args));
  }

  static Finding warning(int index, String rule, String key, Object... args) {
    return new Finding(path(index), rule, Severity.WARNING, ClinicalMessages.of(key, args));
  }

  static String path(int index) {
    return "$.journey[" + index + "]";
  }
}
