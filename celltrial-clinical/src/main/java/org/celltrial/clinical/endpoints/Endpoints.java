package org.celltrial.clinical.endpoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;

/**
 * Derives one record per endpoint for one subject (clinical-rules 6.1–6.3; admiral event/censor
 * mechanics: the event date is the earliest qualifying event, ties broken by the order PD, death,
 * new therapy, HSCT, no response; without an event the subject is censored at the last adequate
 * assessment, or at the origin when there is none).
 *
 * <p>Intercurrent events follow their {@link CensorPolicy}: new anticancer therapy and HSCT before
 * the event censor PFS, DOR and DFS (FDA 2018) unless the SAP says otherwise, and are events of EFS
 * (ZUMA-7; G-EP-8). Progression or death more than {@code 2 × interval + window} days after the
 * last adequate assessment follows two or more missed assessments and is censored at that
 * assessment (FDA 2007 Appendix 3, kept in 2018). NRM and relapse are competing events coded 0/1/2
 * for {@code stats cif} (G-EP-9).
 */
public final class Endpoints {
  private Endpoints() {}

  /** An event candidate: date and reason code. */
  record Candidate(LocalDate date, String code) {}

  /** All endpoints of one subject. */
  public static List<TteRecord> derive(Course c, TteParameters p) {
    return List.of(
        os(c, p),
        pfs(c, p),
        efs(c, p),
        dor(c, p),
        dfs(c, p),
        competing(Endpoint.NRM, c, p),
        competing(Endpoint.RELAPSE, c, p));
  }

  /** Overall survival: death, else censored at the last date known alive. */
  public static TteRecord os(Course c, TteParameters p) {
    if (c.death() != null) {
      return record(Endpoint.OS, c.origin(), c.death(), 1, "DEATH", p);
    }
    return record(Endpoint.OS, c.origin(), c.lastAlive(), 0, "LAST_CONTACT", p);
  }

  /** Progression-free survival. */
  public static TteRecord pfs(Course c, TteParameters p) {
    return progressionLike(Endpoint.PFS, c, c.origin(), p.newTherapy(), p.hsct(), List.of(), p);
  }

  /** Event-free survival with the no-response clause and the event window of G-EP-8. */
  public static TteRecord efs(Course c, TteParameters p) {
    List<Candidate> extra = new ArrayList<>();
    if (p.efsNoResponseDay() != null) {
      LocalDate limit = c.origin().plusDays(p.efsNoResponseDay() + (long) p.windowDays());
      List<TimePoint> upTo =
          c.assessments().stream()
              .filter(t -> !t.date().isAfter(limit) && t.category() != Category.NE)
              .toList();
      boolean responded =
          upTo.stream().anyMatch(t -> !p.responseMinimum().betterThan(t.category()));
      if (!upTo.isEmpty() && !responded) {
        extra.add(new Candidate(upTo.get(upTo.size() - 1).date(), "NO_RESPONSE"));
      }
    }
    return progressionLike(
        Endpoint.EFS, c, c.origin(), p.efsNewTherapy(), p.efsNewTherapy(), extra, p);
  }

  /** Duration of response, among subjects with a response of at least the minimum. */
  public static TteRecord dor(Course c, TteParameters p) {
    Optional<LocalDate> first = c.firstResponse(p.responseMinimum());
    if (first.isEmpty()) {
      return notInSet(Endpoint.DOR, "NOT_RESPONDER");
    }
    return progressionLike(Endpoint.DOR, c, first.get(), p.newTherapy(), p.hsct(), List.of(), p);
  }

  /** Disease-free (relapse-free) survival from the first complete response. */
  public static TteRecord dfs(Course c, TteParameters p) {
    Optional<LocalDate> cr =
        c.assessments().stream()
            .filter(t -> t.category().isComplete())
            .map(TimePoint::date)
            .findFirst();
    if (cr.isEmpty()) {
      return notInSet(Endpoint.DFS, "NO_CR");
    }
    return progressionLike(Endpoint.DFS, c, cr.get(), p.newTherapy(), p.hsct(), List.of(), p);
  }

  /**
   * NRM (death without prior progression = 1, progression = 2) or RELAPSE (progression = 1, death
   * without progression = 2); censored (0) alive without progression at the last date known alive.
   */
  public static TteRecord competing(Endpoint e, Course c, TteParameters p) {
    Optional<LocalDate> pd = c.progression();
    boolean nrm = e == Endpoint.NRM;
    if (pd.isPresent() && (c.death() == null || !pd.get().isAfter(c.death()))) {
      return record(e, c.origin(), pd.get(), nrm ? 2 : 1, "PD", p);
    }
    if (c.death() != null) {
      return record(e, c.origin(), c.death(), nrm ? 1 : 2, "DEATH", p);
    }
    return record(e, c.origin(), c.lastAlive(), 0, "LAST_CONTACT", p);
  }

  private static TteRecord progressionLike(
      Endpoint e,
      Course c,
      LocalDate origin,
      CensorPolicy therapy,
      CensorPolicy transplant,
      List<Candidate> extra,
      TteParameters p) {
    List<Candidate> events = new ArrayList<>();
    c.progression().ifPresent(d -> events.add(new Candidate(d, "PD")));
    if (c.death() != null && (e != Endpoint.DOR || p.dorCountsDeath())) {
      events.add(new Candidate(c.death(), "DEATH"));
    }
    List<Candidate> censors = new ArrayList<>();
    intercurrent(c.newTherapy(), "NEW_THERAPY", therapy, events, censors);
    intercurrent(c.hsct(), "HSCT", transplant, events, censors);
    events.addAll(extra);
    LocalDate windowStart =
        e == Endpoint.EFS && p.efsWindowStartDay() != null
            ? origin.plusDays(p.efsWindowStartDay())
            : null;
    Candidate event =
        events.stream()
            .filter(x -> !x.date().isBefore(origin))
            .filter(
                x ->
                    windowStart == null
                        || x.code().equals("DEATH")
                        || !x.date().isBefore(windowStart))
            .min(Comparator.comparing(Candidate::date))
            .orElse(null);
    Optional<Candidate> censor =
        censors.stream()
            .filter(x -> event == null || x.date().isBefore(event.date()))
            .min(Comparator.comparing(Candidate::date));
    if (censor.isPresent()) {
      Candidate x = censor.get();
      CensorPolicy policy = x.code().equals("HSCT") ? transplant : therapy;
      LocalDate at =
          policy == CensorPolicy.CENSOR_AT_DATE ? x.date() : lastAdequate(c, origin, x.date());
      return record(e, origin, at, 0, x.code(), p);
    }
    if (event == null) {
      LocalDate last = c.lastAdequateOnOrBefore(LocalDate.MAX);
      return last == null || last.isBefore(origin)
          ? record(e, origin, origin, 0, "NO_ASSESSMENT", p)
          : record(e, origin, last, 0, "LAST_ASSESSMENT", p);
    }
    boolean gapApplies = event.code().equals("PD") || event.code().equals("DEATH");
    if (gapApplies && p.missedAssessments() == CensorPolicy.CENSOR_AT_LAST_ASSESSMENT) {
      LocalDate before = c.lastAdequateBefore(event.date());
      LocalDate last = before == null || before.isBefore(origin) ? origin : before;
      long gap = java.time.temporal.ChronoUnit.DAYS.between(last, event.date());
      if (gap > 2L * p.intervalDays() + p.windowDays()) {
        return record(e, origin, last, 0, "MISSED_ASSESSMENTS", p);
      }
    }
    return record(e, origin, event.date(), 1, event.code(), p);
  }

  private static void intercurrent(
      LocalDate date,
      String code,
      CensorPolicy policy,
      List<Candidate> events,
      List<Candidate> censors) {
    if (date == null || policy == CensorPolicy.IGNORE) {
      return;
    }
    (policy == CensorPolicy.EVENT ? events : censors).add(new Candidate(date, code));
  }

  private static LocalDate lastAdequate(Course c, LocalDate origin, LocalDate date) {
    LocalDate last = c.lastAdequateOnOrBefore(date);
    return last == null || last.isBefore(origin) ? origin : last;
  }

  private static TteRecord record(
      Endpoint e, LocalDate origin, LocalDate date, int status, String code, TteParameters p) {
    return new TteRecord(
        e,
        true,
        origin,
        date,
        p.dayCount().days(origin, date),
        status,
        code,
        ClinicalMessages.of("endpoint.reason." + code, e, date, status));
  }

  private static TteRecord notInSet(Endpoint e, String code) {
    return new TteRecord(
        e, false, null, null, 0, 0, code, ClinicalMessages.of("endpoint.reason." + code, e));
  }
}
