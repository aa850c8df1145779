package org.celltrial.clinical.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.common.i18n.Message;

/**
 * Consistency of a subject's cell-therapy journey: the dates are in the order the process allows
 * (screening ≤ enrolment ≤ leukapheresis ≤ manufacturing release; leukapheresis ≤ end of bridging ≤
 * start of lymphodepletion; end of lymphodepletion &lt; infusion, within the protocol's window;
 * HSCT and new therapy after infusion; nothing after death). Each violation is a {@link Finding}
 * located at the offending event.
 */
public final class JourneyCheck {
  private static final String ORDER = "journey-order";

  private JourneyCheck() {}

  /** All findings, in the order of the events. */
  public static List<Finding> check(List<JourneyEvent> journey, Protocol protocol) {
    Milestones m = Milestones.of(journey);
    List<Finding> out = new ArrayList<>();
    int infusions = 0;
    boolean allSplit = true;
    for (int i = 0; i < journey.size(); i++) {
      JourneyEvent e = journey.get(i);
      if (m.screening != null
          && e.first().isBefore(m.screening)
          && !(e instanceof JourneyEvent.Screening)) {
        out.add(
            Finding.error(i, ORDER, "journey.beforeScreening", event(e), e.first(), m.screening));
      }
      if (m.death != null && e.last().isAfter(m.death)) {
        out.add(Finding.error(i, ORDER, "journey.afterDeath", event(e), e.last(), m.death));
      }
      if (m.lost != null && e.first().isAfter(m.lost)) {
        out.add(Finding.warning(i, ORDER, "journey.afterLost", event(e), e.first(), m.lost));
      }
      if (e instanceof JourneyEvent.Enrolment en
          && m.apheresis != null
          && m.apheresis.isBefore(en.date())) {
        out.add(
            Finding.error(i, ORDER, "journey.apheresisBeforeEnrolment", m.apheresis, en.date()));
      } else if (e instanceof JourneyEvent.ManufacturingRelease
          || e instanceof JourneyEvent.ManufacturingFailure) {
        checkAfterApheresis(out, i, e, m);
      } else if (e instanceof JourneyEvent.Bridging b) {
        bridging(out, i, b, m);
      } else if (e instanceof JourneyEvent.Lymphodepletion ld) {
        lymphodepletion(out, i, ld, m, protocol);
      } else if (e instanceof JourneyEvent.Infusion inf) {
        infusions++;
        allSplit &= inf.split();
        infusion(out, i, inf, m);
      } else if (e instanceof JourneyEvent.Hsct) {
        afterInfusion(out, i, e, m, "journey.hsctBeforeInfusion");
      } else if (e instanceof JourneyEvent.NewTherapy) {
        afterInfusion(out, i, e, m, "journey.newTherapyBeforeInfusion");
      }
    }
    if (infusions > 1 && !allSplit) {
      out.add(Finding.warning(m.infusionIndex, ORDER, "journey.severalInfusions", infusions));
    }
    return out;
  }

  /** The event's kind in the user's language. */
  static Message event(JourneyEvent e) {
    return ClinicalMessages.of("event." + e.kind());
  }

  private static void checkAfterApheresis(List<Finding> out, int i, JourneyEvent e, Milestones m) {
    if (m.lastApheresisOnOrBefore(e.first()) == null) {
      out.add(Finding.error(i, ORDER, "journey.noApheresisBefore", event(e), e.first()));
    }
  }

  private static void bridging(List<Finding> out, int i, JourneyEvent.Bridging b, Milestones m) {
    if (m.apheresis != null && b.end().isBefore(m.apheresis)) {
      out.add(
          Finding.warning(i, "G-BR-1", "journey.bridgingBeforeApheresis", b.end(), m.apheresis));
    }
    if (m.ldStart != null && b.end().isAfter(m.ldStart)) {
      out.add(Finding.error(i, "G-BR-2", "journey.bridgingIntoLd", b.end(), m.ldStart));
    }
  }

  private static void lymphodepletion(
      List<Finding> out, int i, JourneyEvent.Lymphodepletion ld, Milestones m, Protocol p) {
    if (m.apheresis == null || ld.start().isBefore(m.apheresis)) {
      out.add(Finding.error(i, ORDER, "journey.ldBeforeApheresis", ld.start(), m.apheresis));
    }
    if (m.infusion == null) {
      return;
    }
    long gap = ChronoUnit.DAYS.between(ld.end(), m.infusion);
    if (gap <= 0) {
      out.add(Finding.error(i, ORDER, "journey.ldNotBeforeInfusion", ld.end(), m.infusion));
      return;
    }
    Integer min = p.lymphodepletionMinDays();
    Integer max = p.lymphodepletionMaxDays();
    if ((min != null && gap < min) || (max != null && gap > max)) {
      out.add(
          Finding.error(
              i,
              "protocol",
              "journey.ldWindow",
              ld.end(),
              m.infusion,
              gap,
              min == null ? "-" : min,
              max == null ? "-" : max));
    }
  }

  private static void infusion(List<Finding> out, int i, JourneyEvent.Infusion inf, Milestones m) {
    LocalDate apheresis = m.lastApheresisOnOrBefore(inf.date());
    if (apheresis == null) {
      out.add(Finding.error(i, ORDER, "journey.infusionWithoutApheresis", inf.date()));
    } else if (m.release == null || m.release.isAfter(inf.date())) {
      out.add(Finding.warning(i, ORDER, "journey.infusionWithoutRelease", inf.date()));
    }
    if (m.failure != null
        && !m.failure.isAfter(inf.date())
        && (m.release == null || m.release.isBefore(m.failure))) {
      out.add(Finding.error(i, ORDER, "journey.infusionAfterFailure", inf.date(), m.failure));
    }
    if (m.ldStart == null) {
      out.add(Finding.warning(i, ORDER, "journey.noLymphodepletion", inf.date()));
    }
  }

  private static void afterInfusion(
      List<Finding> out, int i, JourneyEvent e, Milestones m, String key) {
    if (m.infusion == null || !e.first().isAfter(m.infusion)) {
      out.add(Finding.warning(i, "G-EP-8", key, e.first(), m.infusion == null ? "-" : m.infusion));
    }
  }
}
