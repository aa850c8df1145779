package org.celltrial.clinical.safety.cohort;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.subject.Subject;

/** The dates of a subject's file that the safety checks need (day 0 = infusion). */
final class SubjectDates {
  private SubjectDates() {}

  /** The first infusion (day 0; the first fraction of a split dose), if any. */
  static Optional<LocalDate> infusion(Subject s) {
    return s.journey().stream()
        .filter(e -> e instanceof JourneyEvent.Infusion)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo);
  }

  /** The end of follow-up: the earliest death or loss to follow-up in the journey, if any. */
  static Optional<LocalDate> endOfFollowUp(Subject s) {
    return s.journey().stream()
        .filter(e -> e instanceof JourneyEvent.Death || e instanceof JourneyEvent.LostToFollowUp)
        .map(JourneyEvent::first)
        .min(LocalDate::compareTo);
  }

  /**
   * The latest date recorded anywhere in the subject's file after diagnosis: journey events (their
   * last day), adverse-event onsets and ends, infections, new malignancies and follow-up visits.
   */
  static Optional<LocalDate> latest(Subject s) {
    Stream<LocalDate> journey = s.journey().stream().map(JourneyEvent::last);
    Stream<LocalDate> events =
        s.adverseEvents().stream()
            .flatMap(e -> Stream.of(e.onset(), e.end()))
            .filter(t -> t != null)
            .map(t -> t.toLocalDate());
    Stream<LocalDate> infections = s.infections().stream().map(i -> i.onset());
    Stream<LocalDate> malignancies = s.malignancies().stream().map(m -> m.diagnosed());
    return Stream.of(journey, events, infections, malignancies, s.followUpVisits().stream())
        .flatMap(x -> x)
        .filter(d -> d != null)
        .max(LocalDate::compareTo);
  }
}
