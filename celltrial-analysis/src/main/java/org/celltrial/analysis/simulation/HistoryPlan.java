package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.study.Subtype;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.Cytogenetics;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;
import org.celltrial.clinical.subject.TransplantType;

/**
 * A treatment history being built as days from diagnosis, then placed in the calendar so that the
 * last progression falls 10 to 40 days before screening.
 */
final class HistoryPlan {
  private final Draw draw;
  private final List<Plan> plans = new ArrayList<>();

  /** One history entry with days counted from diagnosis. */
  private record Plan(
      String name,
      List<String> agents,
      int start,
      Integer end,
      Integer cycles,
      BestResponse response,
      Integer responseDay,
      Integer progression,
      StopReason stop,
      boolean planned,
      TransplantType transplant) {}

  HistoryPlan(Draw draw) {
    this.draw = draw;
  }

  void add(
      String name,
      List<String> agents,
      int start,
      Integer end,
      Integer cycles,
      BestResponse response,
      Integer responseDay,
      Integer progression,
      StopReason stop,
      boolean planned) {
    plans.add(
        new Plan(
            name,
            agents,
            start,
            end,
            cycles,
            response,
            responseDay,
            progression,
            stop,
            planned,
            null));
  }

  void transplant(String name, int day, Integer progression, TransplantType type) {
    plans.add(
        new Plan(
            name,
            List.of(),
            day,
            null,
            null,
            null,
            null,
            progression,
            progression == null ? null : StopReason.PROGRESSION,
            true,
            type));
  }

  Background background(
      LocalDate screening, int lastProgression, Subtype subtype, Cytogenetics cyto, boolean fit) {
    LocalDate diagnosis = screening.minusDays(lastProgression + draw.between(10, 40));
    List<PriorTherapy> history = new ArrayList<>();
    for (Plan p : plans) {
      history.add(
          new PriorTherapy(
              p.name(),
              p.agents(),
              diagnosis.plusDays(p.start()),
              day(diagnosis, p.end()),
              p.cycles(),
              p.response(),
              day(diagnosis, p.responseDay()),
              day(diagnosis, p.progression()),
              p.stop(),
              p.planned(),
              p.transplant()));
    }
    return new Background(diagnosis, subtype, cyto, fit && draw.chance(0.5), history);
  }

  private static LocalDate day(LocalDate diagnosis, Integer day) {
    return day == null ? null : diagnosis.plusDays(day);
  }
}
