package org.celltrial.clinical.refractory;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.celltrial.clinical.study.Indication;
import org.celltrial.clinical.subject.BestResponse;
import org.celltrial.clinical.subject.PriorTherapy;
import org.celltrial.clinical.subject.StopReason;

/**
 * Whether disease was refractory to one prior therapy (IMWG uniform reporting, Rajkumar et al.,
 * Blood 2011;117:4691): non-response while on it, or progression while on it or within {@code w}
 * days of its last dose, {@code 0 ≤ progression − last dose ≤ w} (inclusive; default {@code w =
 * 60}). Non-response is below minimal response in MM, stable or progressive disease in B-NHL
 * (SCHOLAR-1) and no complete remission in B-ALL.
 *
 * @param therapy the therapy judged
 * @param status refractory, not refractory or undetermined
 * @param basis why: {@code best-response}, {@code on-therapy}, {@code within-window}, {@code
 *     after-window}, {@code responded} or {@code missing}
 * @param missing the missing fields when undetermined
 */
public record Refractoriness(
    PriorTherapy therapy, Status status, String basis, List<String> missing) {

  /** The three answers. */
  public enum Status {
    REFRACTORY,
    NOT_REFRACTORY,
    UNDETERMINED
  }

  /** Copies the list. */
  public Refractoriness {
    missing = List.copyOf(missing);
  }

  /** Judges one therapy. */
  public static Refractoriness of(PriorTherapy t, Indication indication, int windowDays) {
    BestResponse best = t.bestResponse();
    if (best != null && !responding(best, indication)) {
      return new Refractoriness(t, Status.REFRACTORY, "best-response", List.of());
    }
    if (t.progression() != null) {
      if (t.end() == null || !t.progression().isAfter(t.end())) {
        return new Refractoriness(t, Status.REFRACTORY, "on-therapy", List.of());
      }
      long days = ChronoUnit.DAYS.between(t.end(), t.progression());
      return days <= windowDays
          ? new Refractoriness(t, Status.REFRACTORY, "within-window", List.of())
          : new Refractoriness(t, Status.NOT_REFRACTORY, "after-window", List.of());
    }
    if (t.stopReason() == StopReason.PROGRESSION) {
      return new Refractoriness(t, Status.UNDETERMINED, "missing", List.of("progression"));
    }
    if (best == null) {
      return new Refractoriness(t, Status.UNDETERMINED, "missing", List.of("bestResponse"));
    }
    return new Refractoriness(t, Status.NOT_REFRACTORY, "responded", List.of());
  }

  /** Whether a best response counts as a response in this indication. */
  public static boolean responding(BestResponse best, Indication indication) {
    return switch (indication) {
      case MM -> best.isMinimalOrBetter();
      case B_NHL -> best != BestResponse.SD && best != BestResponse.PD && best != BestResponse.NR;
      case B_ALL -> best.isComplete();
    };
  }
}
