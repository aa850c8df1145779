package org.celltrial.clinical.journey;

import java.time.LocalDate;
import java.util.List;

/** The key dates of a journey, found once so that each check reads them by name. */
final class Milestones {
  LocalDate screening;
  LocalDate apheresis;
  LocalDate release;
  LocalDate failure;
  LocalDate ldStart;
  LocalDate infusion;
  int infusionIndex = -1;
  LocalDate death;
  LocalDate lost;
  private final List<JourneyEvent> journey;

  private Milestones(List<JourneyEvent> journey) {
    this.journey = journey;
  }

  /** First screening, apheresis, LD and infusion; last release and failure; death; lost. */
  static Milestones of(List<JourneyEvent> journey) {
    Milestones m = new Milestones(journey);
    for (int i = 0; i < journey.size(); i++) {
      JourneyEvent e = journey.get(i);
      LocalDate d = e.first();
      if (e instanceof JourneyEvent.Screening) {
        m.screening = min(m.screening, d);
      } else if (e instanceof JourneyEvent.Leukapheresis) {
        m.apheresis = min(m.apheresis, d);
      } else if (e instanceof JourneyEvent.ManufacturingRelease) {
        m.release = max(m.release, d);
      } else if (e instanceof JourneyEvent.ManufacturingFailure) {
        m.failure = max(m.failure, d);
      } else if (e instanceof JourneyEvent.Lymphodepletion) {
        m.ldStart = min(m.ldStart, d);
      } else if (e instanceof JourneyEvent.Infusion
          && (m.infusion == null || d.isBefore(m.infusion))) {
        m.infusion = d;
        m.infusionIndex = i;
      } else if (e instanceof JourneyEvent.Death) {
        m.death = min(m.death, d);
      } else if (e instanceof JourneyEvent.LostToFollowUp) {
        m.lost = min(m.lost, d);
      }
    }
    return m;
  }

  /** The latest leukapheresis on or before the date, or {@code null}. */
  LocalDate lastApheresisOnOrBefore(LocalDate date) {
    LocalDate best = null;
    for (JourneyEvent e : journey) {
      if (e instanceof JourneyEvent.Leukapheresis a && !a.date().isAfter(date)) {
        best = max(best, a.date());
      }
    }
    return best;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
