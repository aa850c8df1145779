package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.drugs.Agent;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.drugs.DrugDictionary;
import org.celltrial.clinical.journey.DoseUnit;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.study.Protocol;

/**
 * The journey from screening to infusion: enrolment, leukapheresis, manufacturing (failure and
 * re-apheresis), bridging with its washout (G-BR-2; occasionally too short, or a same-target agent,
 * G-BR-4), tumor re-baseline, lymphodepletion, infusion, and drop-out before infusion.
 */
final class Journeys {
  private static final List<String> FAILURES =
      List.of("insufficient T-cell expansion", "out-of-specification product", "sterility failure");

  private Journeys() {}

  /**
   * The planned start of the journey.
   *
   * @param events events up to infusion or drop-out
   * @param infusion infusion date, {@code null} when not infused
   * @param manufacturingFailure whether a manufacturing run failed
   * @param shortWashout whether bridging ends too close to lymphodepletion
   * @param sameTarget whether bridging includes a same-target agent
   */
  record Start(
      List<JourneyEvent> events,
      LocalDate infusion,
      boolean manufacturingFailure,
      boolean shortWashout,
      boolean sameTarget) {}

  static Start plan(
      SimIndication indication,
      Calibration cal,
      Protocol protocol,
      Draw draw,
      LocalDate screening) {
    List<JourneyEvent> events = new ArrayList<>();
    events.add(new JourneyEvent.Screening(screening));
    LocalDate enrolment = screening.plusDays(draw.between(2, 7));
    events.add(new JourneyEvent.Enrolment(enrolment));
    LocalDate apheresis = enrolment.plusDays(draw.between(1, 5));
    events.add(new JourneyEvent.Leukapheresis(apheresis));
    boolean failed = draw.chance(cal.manufacturingFailure());
    int dropout =
        draw.index(
            new double[] {
              cal.deathBeforeInfusion(),
              cal.progressionBeforeInfusion(),
              1 - cal.deathBeforeInfusion() - cal.progressionBeforeInfusion()
            });
    LocalDate release = apheresis.plusDays(manufacturingDays(indication, draw));
    if (failed) {
      events.add(new JourneyEvent.ManufacturingFailure(release, draw.pick(FAILURES)));
      if (!draw.chance(cal.reapheresis())) {
        return new Start(events, null, true, false, false);
      }
      apheresis = release.plusDays(draw.between(3, 10));
      events.add(new JourneyEvent.Leukapheresis(apheresis));
      release = apheresis.plusDays(manufacturingDays(indication, draw));
    }
    events.add(new JourneyEvent.ManufacturingRelease(release));
    Bridge bridge = Bridge.choose(indication, draw);
    boolean shortWashout = bridge != null && draw.chance(0.04);
    LocalDate ldStart = release.plusDays(draw.between(1, 5));
    LocalDate rebaselineFrom = ldStart.minusDays(Studies.REBASELINE_WINDOW);
    if (bridge != null) {
      int washout = washout(bridge.agents(), protocol);
      LocalDate start = apheresis.plusDays(draw.between(1, 4));
      LocalDate end;
      if (shortWashout) {
        end = ldStart.minusDays(Math.max(1, washout - draw.between(1, 3)));
        start = start.isAfter(end) ? end : start;
      } else {
        end = start.plusDays(bridge.days() - 1L);
        LocalDate earliest = end.plusDays(washout + draw.between(0, 3));
        ldStart = earliest.isAfter(ldStart) ? earliest : ldStart;
        rebaselineFrom = ldStart.minusDays(Studies.REBASELINE_WINDOW);
      }
      events.add(new JourneyEvent.Bridging(start, end, bridge.agents()));
      rebaselineFrom = rebaselineFrom.isBefore(end) ? end : rebaselineFrom;
    }
    int span = (int) ChronoUnit.DAYS.between(rebaselineFrom, ldStart);
    events.add(
        new JourneyEvent.TumorAssessment(
            rebaselineFrom.plusDays(draw.between(0, span)), baseline(indication, draw)));
    LocalDate ldEnd = ldStart.plusDays(2);
    events.add(
        new JourneyEvent.Lymphodepletion(
            ldStart, ldEnd, List.of("fludarabine", "cyclophosphamide")));
    LocalDate infusion = ldEnd.plusDays(draw.between(Studies.LD_MIN, 4));
    events.add(
        new JourneyEvent.Infusion(infusion, dose(indication, draw), DoseUnit.CELLS_PER_KG, false));
    boolean sameTarget = bridge != null && bridge.sameTarget();
    if (dropout < 2) {
      LocalDate when =
          apheresis.plusDays(
              draw.between(3, (int) ChronoUnit.DAYS.between(apheresis, infusion) - 1));
      List<JourneyEvent> kept = new ArrayList<>();
      for (JourneyEvent e : events) {
        if (!e.last().isAfter(when)) {
          kept.add(e);
        }
      }
      sameTarget &= kept.stream().anyMatch(e -> e instanceof JourneyEvent.Bridging);
      kept.add(
          dropout == 0
              ? new JourneyEvent.Death(when, draw.chance(0.7) ? "disease progression" : "infection")
              : new JourneyEvent.TumorAssessment(
                  when, "progressive disease; withdrawn before infusion"));
      return new Start(kept, null, failed, false, sameTarget);
    }
    return new Start(events, infusion, failed, shortWashout, sameTarget);
  }

  private static int manufacturingDays(SimIndication indication, Draw draw) {
    return indication == SimIndication.LBCL ? draw.between(14, 21) : draw.between(21, 35);
  }

  /** Largest protocol washout over the agents' classes, else the default (G-BR-2). */
  static int washout(List<String> agents, Protocol protocol) {
    int days = 0;
    for (Agent a : DrugDictionary.standard().resolve(agents).agents()) {
      Integer need = null;
      for (DrugClass c : a.classes()) {
        Integer d = protocol.washoutDays().get(c);
        need = d != null && (need == null || d > need) ? d : need;
      }
      days = Math.max(days, need == null ? protocol.defaultWashoutDays() : need);
    }
    return days;
  }

  private static String baseline(SimIndication indication, Draw draw) {
    return switch (indication) {
      case B_ALL -> "baseline: marrow blasts " + draw.between(5, 90) + "%";
      case LBCL -> "baseline PET-CT: measurable disease, SPD " + draw.between(4, 80) + " cm2";
      case MM -> "baseline: serum M-protein " + Draw.oneDecimal(draw.uniform(0.6, 4.5)) + " g/dL";
    };
  }

  /** Dose in cells/kg: ELIANA 0.2-5.0e6, ZUMA-1 2e6, CARTITUDE-1 0.5-1.0e6 (median 0.71e6). */
  private static double dose(SimIndication indication, Draw draw) {
    double millions =
        switch (indication) {
          case B_ALL -> Math.min(5.0, Math.max(0.2, draw.normal(3.0, 1.2)));
          case LBCL -> Math.min(2.0, Math.max(1.0, draw.normal(1.95, 0.1)));
          case MM -> Math.min(1.0, Math.max(0.5, draw.normal(0.72, 0.1)));
        };
    return Draw.oneDecimal(millions * 10) * 100_000.0;
  }
}
