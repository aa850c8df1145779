package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.safety.dlt.DltSubject;
import org.celltrial.clinical.safety.dlt.ToxicityEvent;
import org.celltrial.clinical.subject.Subject;

/**
 * A subject file as the DLT evaluation ({@link org.celltrial.clinical.safety.dlt.DltEvaluation})
 * reads it: the infusion date (day 0), its adverse events, the full dose, and the last assessment =
 * the end of the subject's data (death, loss to follow-up or the given end, whichever is first, at
 * 23:59), moved later to the last onset or end of an adverse event if one is later still.
 */
public final class DltInput {
  private DltInput() {}

  /** The DLT subject, or {@code null} when the subject was not infused. */
  public static DltSubject of(Subject s, String doseLevel, LocalDate end) {
    LocalDate infusion = first(s.journey(), JourneyEvent.Infusion.class);
    if (infusion == null) {
      return null;
    }
    LocalDate stop = end;
    for (Class<? extends JourneyEvent> k :
        List.of(JourneyEvent.Death.class, JourneyEvent.LostToFollowUp.class)) {
      LocalDate d = first(s.journey(), k);
      stop = d != null && (stop == null || d.isBefore(stop)) ? d : stop;
    }
    LocalDateTime last = (stop == null ? infusion : stop).atTime(23, 59);
    for (ToxicityEvent e : s.adverseEvents()) {
      last = e.onset() != null && e.onset().isAfter(last) ? e.onset() : last;
      last = e.end() != null && e.end().isAfter(last) ? e.end() : last;
    }
    return new DltSubject(
        s.id(), doseLevel, infusion.atStartOfDay(), last, true, s.adverseEvents());
  }

  static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
