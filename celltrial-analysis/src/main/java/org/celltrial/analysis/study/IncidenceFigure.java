package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * Cumulative incidence curves of competing risks, rising from 0 (G-EP-9).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param curves one step curve per cause
 * @param months the x-axis ticks in months
 */
public record IncidenceFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    List<CurveSeries> curves,
    List<Integer> months)
    implements Figure {
  /** Copies the lists. */
  public IncidenceFigure {
    notes = List.copyOf(notes);
    curves = List.copyOf(curves);
    months = List.copyOf(months);
  }
}
