package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;
import org.celltrial.common.i18n.Message;
import org.celltrial.design.controls.Indication;

/**
 * The waterfall plot's bars (G-EP-2): per infused subject, the best (smallest) percent change from
 * baseline, {@code 100 · (value − baseline) / baseline}, over the assessments after infusion and
 * before HSCT or new anticancer therapy (the best-response window). The burden is the SPD of the CT
 * target lesions for Lugano 2014 (subjects with a baseline SPD above 0) and the serum M-protein for
 * IMWG 2016 (subjects with measurable serum disease, baseline at least 0.5 g/dL). B-ALL has no
 * waterfall: its response is categorical (marrow blasts below 5 %) and the package holds no
 * baseline marrow. Largest increase first; beyond {@link #MAX_BARS} subjects an evenly spaced
 * sample of the sorted bars (first and last kept), so the shape stays that of all subjects. Dashed
 * lines at the response thresholds against baseline: -50 % (PR, both criteria) and -90 % (IMWG
 * VGPR); progression is judged against the nadir, so it has no line.
 */
final class WaterfallPlot {
  static final int MAX_BARS = 200;

  /** IMWG 2016 measurable serum M-protein, g/dL. */
  static final double MEASURABLE_SERUM_M = 0.5;

  private WaterfallPlot() {}

  static WaterfallFigure figure(List<AnalysisSubject> mitt, Indication indication) {
    boolean mm = indication == Indication.MM;
    List<WaterfallFigure.Bar> bars = new ArrayList<>();
    for (AnalysisSubject s : mitt) {
      WaterfallFigure.Bar b = bar(s, mm ? MEASURABLE_SERUM_M : Double.MIN_VALUE);
      if (b != null) {
        bars.add(b);
      }
    }
    bars.sort(
        Comparator.comparingDouble(WaterfallFigure.Bar::percent)
            .reversed()
            .thenComparing(WaterfallFigure.Bar::subject));
    List<Message> notes = new ArrayList<>();
    notes.add(AnalysisMessages.of(mm ? "figure.waterfall.noteMm" : "figure.waterfall.noteLugano"));
    notes.add(AnalysisMessages.of("figure.waterfall.evaluable", bars.size(), mitt.size()));
    if (bars.size() > MAX_BARS) {
      notes.add(AnalysisMessages.of("figure.waterfall.sampled", MAX_BARS, bars.size()));
      bars = sample(bars, MAX_BARS);
    }
    return new WaterfallFigure(
        "waterfall",
        AnalysisMessages.of("figure.waterfall.title"),
        Sets.MITT.label(),
        "G-EP-2",
        notes,
        AnalysisMessages.of(mm ? "figure.waterfall.serumM" : "figure.waterfall.spd"),
        bars,
        mm ? List.of(-50.0, -90.0) : List.of(-50.0));
  }

  /**
   * One subject's bar, or {@code null} when the baseline is missing or below {@code minBaseline},
   * or no assessment in the window was measured.
   */
  static WaterfallFigure.Bar bar(AnalysisSubject s, double minBaseline) {
    Double base = s.baselineBurden();
    if (base == null || base < minBaseline) {
      return null;
    }
    LocalDate stop = windowEnd(s);
    double best = Double.POSITIVE_INFINITY;
    for (ResponseVisit v : s.responses()) {
      if (v.burden() != null && (stop == null || v.date().isBefore(stop))) {
        best = Math.min(best, 100.0 * (v.burden() - base) / base);
      }
    }
    if (best == Double.POSITIVE_INFINITY) {
      return null;
    }
    Category c = s.bor() == null ? Category.NE : s.bor().best();
    return new WaterfallFigure.Bar(s.id(), best, c);
  }

  /** The end of the best-response window (G-EP-2): HSCT or new therapy, the earlier, or null. */
  static LocalDate windowEnd(AnalysisSubject s) {
    LocalDate hsct = s.first(JourneyEvent.Hsct.class);
    LocalDate next = s.first(JourneyEvent.NewTherapy.class);
    if (hsct == null) {
      return next;
    }
    return next == null || hsct.isBefore(next) ? hsct : next;
  }

  /** {@code k} of the sorted bars at evenly spaced ranks {@code round(i (n − 1) / (k − 1))}. */
  static List<WaterfallFigure.Bar> sample(List<WaterfallFigure.Bar> sorted, int k) {
    List<WaterfallFigure.Bar> out = new ArrayList<>(k);
    int n = sorted.size();
    for (int i = 0; i < k; i++) {
      out.add(sorted.get((int) Math.round(i * (n - 1) / (double) (k - 1))));
    }
    return out;
  }
}
