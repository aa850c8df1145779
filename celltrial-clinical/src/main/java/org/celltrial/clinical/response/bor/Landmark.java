package org.celltrial.clinical.response.bor;

import static org.celltrial.clinical.response.bor.Bor.msg;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.celltrial.clinical.response.Category;

/**
 * Landmark response (G-EP-6): the response at {@code origin + day}, read from the assessment in
 * {@code [day - window, day + window]} closest to the day (the earlier on a tie). Progression or
 * relapse, death, or new anticancer therapy on or before the assessment used (or before the day
 * when none is used) make the subject a non-responder; no assessment in the window is not
 * evaluable, and not a responder.
 */
public final class Landmark {
  private Landmark() {}

  /**
   * The status at the landmark.
   *
   * @param points assessments
   * @param origin day 0 (e.g. infusion)
   * @param day the protocol day (e.g. 90)
   * @param window allowed distance in days (e.g. 14)
   * @param minimum the least category that counts as responding (e.g. PR; CRi for B-ALL)
   * @param progression first progression or relapse, or {@code null}
   * @param death death date, or {@code null}
   * @param newTherapy first new anticancer therapy or HSCT, or {@code null}
   */
  public static LandmarkResult at(
      List<TimePoint> points,
      LocalDate origin,
      int day,
      int window,
      Category minimum,
      LocalDate progression,
      LocalDate death,
      LocalDate newTherapy) {
    LocalDate target = origin.plusDays(day);
    TimePoint used = null;
    long bestGap = Long.MAX_VALUE;
    for (TimePoint t : points) {
      long gap = Math.abs(ChronoUnit.DAYS.between(target, t.date()));
      if (gap <= window && (gap < bestGap || gap == bestGap && t.date().isBefore(used.date()))) {
        used = t;
        bestGap = gap;
      }
    }
    LocalDate limit = used == null ? target : used.date();
    LocalDate failure =
        Stream.of(progression, death, newTherapy)
            .filter(d -> d != null && !d.isAfter(limit))
            .min(LocalDate::compareTo)
            .orElse(null);
    if (failure != null) {
      return new LandmarkResult(
          Category.PD,
          used == null ? null : used.date(),
          false,
          List.of(msg("response.landmark.failure", failure, day)));
    }
    if (used == null) {
      return new LandmarkResult(
          Category.NE, null, false, List.of(msg("response.landmark.missing", day, window)));
    }
    boolean responder = !minimum.betterThan(used.category());
    return new LandmarkResult(
        used.category(),
        used.date(),
        responder,
        List.of(
            msg(
                "response.landmark.used",
                used.date(),
                used.category().label(),
                day,
                window,
                minimum.label())));
  }
}
