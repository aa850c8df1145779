package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.bor.Bor;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.BorRules;
import org.celltrial.clinical.response.bor.TimePoint;

/** The best overall response as {@code derive response} derives it from the assessments. */
public final class SdtmResponses {
  private SdtmResponses() {}

  /**
   * The best overall response (G-EP-2) by the default rules, from the origin (first infusion) and
   * the cut-off (first new anticancer therapy or HSCT after it, whichever is earlier).
   */
  public static BorResult bor(List<JourneyEvent> journey, List<TimePoint> points) {
    LocalDate hsct = first(journey, JourneyEvent.Hsct.class);
    LocalDate next = first(journey, JourneyEvent.NewTherapy.class);
    LocalDate cutoff = hsct == null ? next : next == null || hsct.isBefore(next) ? hsct : next;
    return Bor.best(points, first(journey, JourneyEvent.Infusion.class), cutoff, BorRules.DEFAULT);
  }

  private static LocalDate first(List<JourneyEvent> journey, Class<? extends JourneyEvent> kind) {
    return journey.stream()
        .filter(kind::isInstance)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo)
        .orElse(null);
  }
}
