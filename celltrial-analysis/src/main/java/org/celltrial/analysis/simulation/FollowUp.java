package org.celltrial.analysis.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.subject.TransplantType;

/**
 * One year after infusion: response (kept internal), relapse or progression followed by new
 * therapy, allogeneic HSCT for some B-ALL responders, deaths from toxicity, non-relapse causes or
 * disease, and loss to follow-up; nothing is recorded after death or loss.
 */
final class FollowUp {
  private FollowUp() {}

  /**
   * The follow-up.
   *
   * @param events events after infusion, in date order
   * @param responder whether the subject responded
   * @param end the last day of follow-up (death, loss or one year)
   */
  record Result(List<JourneyEvent> events, boolean responder, LocalDate end) {}

  static Result of(
      SimIndication indication,
      Calibration cal,
      Draw draw,
      LocalDate infusion,
      LocalDateTime toxDeath,
      String toxCause) {
    List<JourneyEvent> events = new ArrayList<>();
    LocalDate end = infusion.plusDays(365);
    if (toxDeath != null) {
      events.add(new JourneyEvent.Death(toxDeath.toLocalDate(), toxCause));
      return new Result(events, false, toxDeath.toLocalDate());
    }
    boolean responder = draw.chance(cal.response());
    if (draw.chance(cal.nonRelapseDeath())) {
      end = infusion.plusDays(draw.between(20, 300));
      events.add(new JourneyEvent.Death(end, draw.chance(0.7) ? "infection" : "cardiac event"));
    }
    if (responder && indication == SimIndication.B_ALL && draw.chance(cal.hsctAfterResponse())) {
      events.add(
          new JourneyEvent.Hsct(infusion.plusDays(draw.between(60, 180)), TransplantType.ALLO));
    }
    if (!responder || draw.chance(cal.relapseAfterResponse())) {
      LocalDate progression =
          infusion.plusDays(responder ? draw.between(90, 330) : draw.between(28, 90));
      events.add(
          new JourneyEvent.NewTherapy(
              progression.plusDays(draw.between(5, 20)), salvage(indication, draw)));
      if (draw.chance(0.5)) {
        LocalDate death = progression.plusDays(draw.between(30, 250));
        end = death.isBefore(end) ? death : end;
        events.add(new JourneyEvent.Death(death, "disease progression"));
      }
    }
    if (draw.chance(cal.lostToFollowUp())) {
      LocalDate lost = infusion.plusDays(draw.between(60, 330));
      if (lost.isBefore(end)) {
        end = lost;
        events.add(new JourneyEvent.LostToFollowUp(lost));
      }
    }
    LocalDate last = end;
    List<JourneyEvent> kept =
        events.stream()
            .filter(e -> !e.first().isAfter(last))
            .sorted(Comparator.comparing(JourneyEvent::first))
            .toList();
    List<JourneyEvent> out = new ArrayList<>();
    for (JourneyEvent e : kept) {
      out.add(e);
      if (e instanceof JourneyEvent.Death || e instanceof JourneyEvent.LostToFollowUp) {
        break;
      }
    }
    return new Result(out, responder, end);
  }

  private static List<String> salvage(SimIndication indication, Draw draw) {
    return switch (indication) {
      case B_ALL ->
          draw.pick(
              List.of(
                  List.of("inotuzumab ozogamicin"),
                  List.of("fludarabine", "cytarabine", "idarubicin")));
      case LBCL ->
          draw.pick(
              List.of(
                  List.of("glofitamab"),
                  List.of("polatuzumab vedotin", "bendamustine", "rituximab")));
      case MM -> draw.pick(List.of(List.of("talquetamab"), List.of("selinexor", "dexamethasone")));
    };
  }
}
