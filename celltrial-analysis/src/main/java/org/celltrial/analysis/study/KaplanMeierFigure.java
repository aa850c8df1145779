package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * Kaplan–Meier curves with the numbers at risk under the x axis (G-EP-1).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param curves the step curves, one per stratum
 * @param months the x-axis ticks in months (0, step, 2·step …), where the numbers at risk are
 *     counted
 * @param atRisk per curve, the subjects still at risk (time ≥ tick) at each tick
 * @param censored per curve, the times at which subjects were censored and the curve's value there
 *     (drawn as tick marks)
 */
public record KaplanMeierFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    List<CurveSeries> curves,
    List<Integer> months,
    List<List<Integer>> atRisk,
    List<CurveSeries> censored)
    implements Figure {
  /** Copies the lists. */
  public KaplanMeierFigure {
    notes = List.copyOf(notes);
    curves = List.copyOf(curves);
    months = List.copyOf(months);
    atRisk = atRisk.stream().map(List::copyOf).toList();
    censored = List.copyOf(censored);
  }
}
