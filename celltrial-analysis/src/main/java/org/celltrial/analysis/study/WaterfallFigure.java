package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;

/**
 * A waterfall plot: each evaluable subject's best percent change of the tumour burden from
 * baseline, sorted from the largest increase to the largest decrease (G-EP-2).
 *
 * @param id short name
 * @param title the title
 * @param set the analysis set
 * @param rules guideline IDs
 * @param notes caption notes
 * @param measure what was measured (SPD of the CT target lesions; serum M-protein)
 * @param bars the bars, largest increase first
 * @param thresholds the response thresholds drawn as dashed lines, percent change (-50 = PR)
 */
public record WaterfallFigure(
    String id,
    Message title,
    Message set,
    String rules,
    List<Message> notes,
    Message measure,
    List<Bar> bars,
    List<Double> thresholds)
    implements Figure {
  /** Copies the lists. */
  public WaterfallFigure {
    notes = List.copyOf(notes);
    bars = List.copyOf(bars);
    thresholds = List.copyOf(thresholds);
  }

  /**
   * One subject's bar.
   *
   * @param subject subject identifier
   * @param percent best (smallest) percent change from baseline, 100·(value − baseline)/baseline
   * @param best best overall response, which colours the bar
   */
  public record Bar(String subject, double percent, Category best) {}
}
