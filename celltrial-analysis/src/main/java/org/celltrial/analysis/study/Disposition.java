package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.common.i18n.Message;

/**
 * Subject disposition from enrolment to infusion: how many enrolled subjects reach each step of the
 * process the guideline follows (leukapheresis, bridging G-BR-1, lymphodepletion G-SAF-2) and why
 * the others were not infused.
 */
final class Disposition {
  private Disposition() {}

  static ReportTable table(List<AnalysisSubject> all) {
    List<AnalysisSubject> enrolled = Sets.ITT.of(all);
    int n = enrolled.size();
    List<List<Message>> rows = new ArrayList<>();
    row(rows, "disp.screened", all.size(), 0);
    row(rows, "disp.enrolled", n, n);
    row(rows, "disp.leukapheresed", count(enrolled, JourneyEvent.Leukapheresis.class), n);
    row(
        rows,
        "disp.manufacturingFailure",
        count(enrolled, JourneyEvent.ManufacturingFailure.class),
        n);
    row(rows, "disp.bridged", count(enrolled, JourneyEvent.Bridging.class), n);
    row(rows, "disp.lymphodepleted", count(enrolled, JourneyEvent.Lymphodepletion.class), n);
    row(rows, "disp.infused", count(enrolled, JourneyEvent.Infusion.class), n);
    Map<String, Integer> reasons = new TreeMap<>();
    for (AnalysisSubject s : enrolled) {
      if (!s.has(JourneyEvent.Infusion.class)) {
        reasons.merge(reason(s), 1, Integer::sum);
      }
    }
    reasons.forEach((k, v) -> row(rows, k, v, n));
    return new ReportTable(
        "disposition",
        AnalysisMessages.of("disp.title"),
        Sets.ITT.label(),
        "G-BR-1, G-SAF-2",
        List.of(AnalysisMessages.of("col.item"), AnalysisMessages.of("col.nPercent")),
        rows,
        List.of(AnalysisMessages.of("disp.note")));
  }

  /** Why an enrolled subject was not infused: the last thing that happened. */
  private static String reason(AnalysisSubject s) {
    if (s.has(JourneyEvent.Death.class)) {
      return "disp.reason.death";
    }
    if (s.has(JourneyEvent.ManufacturingFailure.class)
        && !s.has(JourneyEvent.ManufacturingRelease.class)) {
      return "disp.reason.manufacturing";
    }
    if (s.has(JourneyEvent.LostToFollowUp.class)) {
      return "disp.reason.lost";
    }
    return "disp.reason.other";
  }

  private static long count(List<AnalysisSubject> set, Class<? extends JourneyEvent> kind) {
    return set.stream().filter(s -> s.has(kind)).count();
  }

  private static void row(List<List<Message>> rows, String key, long n, long of) {
    rows.add(List.of(AnalysisMessages.of(key), Fmt.countPercent(n, of)));
  }
}
