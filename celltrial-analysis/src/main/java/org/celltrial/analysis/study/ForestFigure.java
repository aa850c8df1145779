package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * A subgroup forest plot of the response rate: each subgroup's rate with its exact 95 % interval,
 * and the overall rate and the target value p0 as vertical lines (G-DES-2, G-BR-3).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param rows the subgroup estimates, grouped by factor
 * @param overall the overall rate in the set
 * @param target the target value p0
 */
public record ForestFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    List<SubgroupEstimate> rows,
    double overall,
    double target)
    implements Figure {
  /** Copies the lists. */
  public ForestFigure {
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
  }
}
