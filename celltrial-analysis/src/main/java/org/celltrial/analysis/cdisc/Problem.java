package org.celltrial.analysis.cdisc;

import org.celltrial.analysis.AnalysisMessages;
import org.celltrial.common.i18n.Message;

/**
 * One thing wrong with a dataset or a Dataset-JSON file, located as exactly as it can be.
 *
 * @param row the row (1-based), or null for a problem outside the rows
 * @param variable the variable name or top-level attribute, or null
 * @param value the offending value as text, or null when it is missing
 * @param rule the rule broken, a message of the analysis bundle
 */
public record Problem(Integer row, String variable, String value, Message rule) {

  /** The problem as a message: where, what value, which rule. */
  public Message message() {
    Object shown = value == null ? AnalysisMessages.of("cdisc.missing") : value;
    if (row != null) {
      return AnalysisMessages.of("cdisc.problem.row", row, variable, shown, rule);
    }
    if (variable != null) {
      return AnalysisMessages.of("cdisc.problem.attribute", variable, shown, rule);
    }
    return AnalysisMessages.of("cdisc.problem.file", shown, rule);
  }
}
