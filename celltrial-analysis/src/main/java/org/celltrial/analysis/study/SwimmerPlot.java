package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.Category;

/**
 * The swimmer plot's bars: one per infused subject from infusion to death, else the last contact,
 * else the data cut-off, in months of 30.4375 days (as the Kaplan–Meier tables). Markers: the first
 * partial response (only when before the first complete response), the first complete response
 * (sCR, CR, CRi), both before HSCT or new therapy; the first progression or relapse, HSCT and
 * death; the bar ends in an arrow when the subject is alive and not lost to follow-up. Longest bar
 * first; at most {@link #MAX_LANES} bars, the longest, so that the figure stays readable on an A4
 * page.
 */
final class SwimmerPlot {
  static final int MAX_LANES = 100;

  private SwimmerPlot() {}

  static SwimmerFigure figure(List<AnalysisSubject> mitt, LocalDate cutoff) {
    List<SwimmerFigure.Lane> lanes = new ArrayList<>();
    double max = 0;
    for (AnalysisSubject s : mitt) {
      SwimmerFigure.Lane lane = lane(s, cutoff);
      lanes.add(lane);
      max = Math.max(max, lane.months());
    }
    lanes.sort(
        Comparator.comparingDouble(SwimmerFigure.Lane::months)
            .reversed()
            .thenComparing(SwimmerFigure.Lane::subject));
    List<org.celltrial.common.i18n.Message> notes = new ArrayList<>();
    notes.add(AnalysisMessages.of("figure.swimmer.note"));
    if (lanes.size() > MAX_LANES) {
      notes.add(AnalysisMessages.of("figure.lanesShown", MAX_LANES, lanes.size()));
      lanes = lanes.subList(0, MAX_LANES);
    }
    return new SwimmerFigure(
        "swimmer",
        AnalysisMessages.of("figure.swimmer.title"),
        Sets.MITT.label(),
        "G-EP-1, G-EP-2, G-EP-11",
        notes,
        lanes,
        Figures.ticks(max));
  }

  /** One subject's bar. */
  static SwimmerFigure.Lane lane(AnalysisSubject s, LocalDate cutoff) {
    LocalDate origin = s.first(JourneyEvent.Infusion.class);
    LocalDate death = s.first(JourneyEvent.Death.class);
    LocalDate end =
        death != null ? death : s.lastKnownAlive() != null ? s.lastKnownAlive() : cutoff;
    boolean ongoing = death == null && !s.has(JourneyEvent.LostToFollowUp.class);
    List<SwimmerFigure.Marker> markers = new ArrayList<>();
    LocalDate complete = firstResponse(s, true);
    LocalDate partial = firstResponse(s, false);
    if (partial != null && (complete == null || partial.isBefore(complete))) {
      markers.add(marker(SwimmerFigure.Kind.PARTIAL_RESPONSE, origin, partial));
    }
    if (complete != null) {
      markers.add(marker(SwimmerFigure.Kind.COMPLETE_RESPONSE, origin, complete));
    }
    if (s.progression() != null) {
      markers.add(marker(SwimmerFigure.Kind.PROGRESSION, origin, s.progression()));
    }
    LocalDate hsct = s.first(JourneyEvent.Hsct.class);
    if (hsct != null) {
      markers.add(marker(SwimmerFigure.Kind.HSCT, origin, hsct));
    }
    if (death != null) {
      markers.add(marker(SwimmerFigure.Kind.DEATH, origin, death));
    }
    markers.sort(Comparator.comparingDouble(SwimmerFigure.Marker::months));
    Category best = s.bor() == null ? Category.NE : s.bor().best();
    return new SwimmerFigure.Lane(s.id(), best, TimeToEvent.months(origin, end), ongoing, markers);
  }

  /**
   * The first assessment in complete response ({@code complete}), or in any objective response (PR
   * or better), before HSCT or new therapy (the best-response window, G-EP-2); when the subject has
   * no assessment list, the best response's date if it qualifies.
   */
  private static LocalDate firstResponse(AnalysisSubject s, boolean complete) {
    LocalDate stop = WaterfallPlot.windowEnd(s);
    for (ResponseVisit v : s.responses()) {
      boolean in = stop == null || v.date().isBefore(stop);
      if (in && (complete ? v.category().isComplete() : v.category().isObjectiveResponse())) {
        return v.date();
      }
    }
    if (s.responses().isEmpty() && s.bor() != null && s.bor().date() != null) {
      Category b = s.bor().best();
      return (complete ? b.isComplete() : b.isObjectiveResponse()) ? s.bor().date() : null;
    }
    return null;
  }

  private static SwimmerFigure.Marker marker(
      SwimmerFigure.Kind kind, LocalDate origin, LocalDate date) {
    return new SwimmerFigure.Marker(kind, TimeToEvent.months(origin, date));
  }
}
