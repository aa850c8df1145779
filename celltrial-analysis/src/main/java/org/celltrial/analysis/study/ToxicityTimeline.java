package org.celltrial.analysis.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * The CRS/ICANS timeline (G-SAF-1, G-SAF-3): each infused subject with a graded CRS or ICANS
 * episode starting by day {@link #LAST_DAY}, each episode a bar from its onset day through its last
 * graded day ({@code onsetDay + durationDays − 1}) clipped to days 0 … {@value #LAST_DAY}, coloured
 * by the episode's maximum ASTCT 2019 grade. Earliest onset first (then subject); at most {@link
 * SwimmerPlot#MAX_LANES} subjects.
 */
final class ToxicityTimeline {
  static final int LAST_DAY = 30;

  private ToxicityTimeline() {}

  static ToxicityTimelineFigure figure(List<AnalysisSubject> mitt) {
    List<ToxicityTimelineFigure.Lane> lanes = new ArrayList<>();
    for (AnalysisSubject s : mitt) {
      List<ToxicityTimelineFigure.Span> crs = spans(s.crsEpisodes());
      List<ToxicityTimelineFigure.Span> icans = spans(s.icansEpisodes());
      if (!crs.isEmpty() || !icans.isEmpty()) {
        lanes.add(new ToxicityTimelineFigure.Lane(s.id(), crs, icans));
      }
    }
    lanes.sort(
        Comparator.comparingLong(ToxicityTimeline::onset)
            .thenComparing(ToxicityTimelineFigure.Lane::subject));
    List<Message> notes = new ArrayList<>();
    notes.add(AnalysisMessages.of("figure.toxicity.note"));
    notes.add(AnalysisMessages.of("figure.toxicity.count", lanes.size(), mitt.size()));
    if (lanes.size() > SwimmerPlot.MAX_LANES) {
      notes.add(AnalysisMessages.of("figure.lanesShown", SwimmerPlot.MAX_LANES, lanes.size()));
      lanes = lanes.subList(0, SwimmerPlot.MAX_LANES);
    }
    return new ToxicityTimelineFigure(
        "crs-icans-timeline",
        AnalysisMessages.of("figure.toxicity.title"),
        Sets.MITT.label(),
        "G-SAF-1, G-SAF-3",
        notes,
        LAST_DAY,
        lanes);
  }

  /** Episodes of grade 1 or more that start by the last day, clipped to days 0 … last day. */
  static List<ToxicityTimelineFigure.Span> spans(List<GradingEpisode> episodes) {
    List<ToxicityTimelineFigure.Span> out = new ArrayList<>();
    for (GradingEpisode e : episodes) {
      long from = Math.max(0, e.onsetDay());
      long to = Math.min(LAST_DAY, e.onsetDay() + Math.max(1, e.durationDays()) - 1);
      if (e.maxGrade() >= 1 && from <= LAST_DAY && to >= from) {
        out.add(new ToxicityTimelineFigure.Span(from, to, e.maxGrade()));
      }
    }
    return out;
  }

  private static long onset(ToxicityTimelineFigure.Lane l) {
    long first = Long.MAX_VALUE;
    for (ToxicityTimelineFigure.Span s : l.crs()) {
      first = Math.min(first, s.fromDay());
    }
    for (ToxicityTimelineFigure.Span s : l.icans()) {
      first = Math.min(first, s.fromDay());
    }
    return first;
  }
}
