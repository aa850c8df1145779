package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.survival.KmCurve;
import org.celltrial.stats.survival.Quantile;

/**
 * The cells of a Kaplan–Meier summary row as the time-to-event table writes them: N, events, median
 * months (95 % CI) and the 6-month rate (95 % CI, log scale).
 */
final class KmCells {
  private KmCells() {}

  static List<Message> header(Message first) {
    return List.of(
        first,
        AnalysisMessages.of("col.n"),
        AnalysisMessages.of("col.events"),
        AnalysisMessages.of("col.median"),
        AnalysisMessages.of("col.rate6"));
  }

  static List<Message> row(Message label, KmCurve km, int[] status) {
    int events = 0;
    for (int x : status) {
      events += x;
    }
    Quantile m = km.median();
    List<Message> row = new ArrayList<>();
    row.add(label);
    row.add(AnalysisMessages.raw(status.length));
    row.add(AnalysisMessages.raw(events));
    row.add(
        AnalysisMessages.raw(
            Fmt.number(m.estimate(), 1)
                + " ("
                + Fmt.number(m.lower(), 1)
                + "–"
                + Fmt.number(m.upper(), 1)
                + ")"));
    row.add(TimeToEvent.landmark(km.landmarks(6).get(0)));
    return row;
  }
}
