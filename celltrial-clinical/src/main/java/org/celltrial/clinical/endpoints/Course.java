package org.celltrial.clinical.endpoints;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;

/**
 * What the endpoints need of one subject after the origin.
 *
 * @param subject subject identifier
 * @param origin the origin (randomisation, enrolment, leukapheresis or infusion, per SAP)
 * @param assessments response assessments after the origin (NE = not adequate)
 * @param death death date, or {@code null}
 * @param lastKnownAlive last date known alive (last contact), or {@code null}
 * @param newTherapy first new anticancer therapy, or {@code null}
 * @param hsct HSCT after CAR-T, or {@code null}
 */
public record Course(
    String subject,
    LocalDate origin,
    List<TimePoint> assessments,
    LocalDate death,
    LocalDate lastKnownAlive,
    LocalDate newTherapy,
    LocalDate hsct) {
  /** Checks the origin, sorts the assessments and checks no date precedes the origin. */
  public Course {
    if (origin == null) {
      throw ClinicalMessages.error("field.required", "origin");
    }
    assessments =
        assessments == null
            ? List.of()
            : assessments.stream().sorted(Comparator.comparing(TimePoint::date)).toList();
    for (TimePoint t : assessments) {
      before(origin, t.date(), "assessment");
    }
    before(origin, death, "death");
    before(origin, lastKnownAlive, "lastKnownAlive");
    before(origin, newTherapy, "newTherapy");
    before(origin, hsct, "hsct");
  }

  private static void before(LocalDate origin, LocalDate d, String field) {
    if (d != null && d.isBefore(origin)) {
      throw ClinicalMessages.error("endpoint.beforeOrigin", field, d, origin);
    }
  }

  /** First assessment showing progression or relapse. */
  public Optional<LocalDate> progression() {
    return assessments.stream()
        .filter(t -> t.category() == Category.PD)
        .map(TimePoint::date)
        .findFirst();
  }

  /** First assessment at least as good as {@code minimum}. */
  public Optional<LocalDate> firstResponse(Category minimum) {
    return assessments.stream()
        .filter(t -> !minimum.betterThan(t.category()))
        .map(TimePoint::date)
        .findFirst();
  }

  /** Last adequate (not NE) assessment on or before the date, else {@code null}. */
  public LocalDate lastAdequateOnOrBefore(LocalDate date) {
    LocalDate last = null;
    for (TimePoint t : assessments) {
      if (t.category() != Category.NE && !t.date().isAfter(date)) {
        last = t.date();
      }
    }
    return last;
  }

  /** Last adequate assessment before the date (strictly), else {@code null}. */
  public LocalDate lastAdequateBefore(LocalDate date) {
    return lastAdequateOnOrBefore(date.minusDays(1));
  }

  /** The last date known alive: last contact, else last assessment, else origin. */
  public LocalDate lastAlive() {
    LocalDate last = origin;
    for (TimePoint t : assessments) {
      last = t.date().isAfter(last) ? t.date() : last;
    }
    return lastKnownAlive != null && lastKnownAlive.isAfter(last) ? lastKnownAlive : last;
  }
}
