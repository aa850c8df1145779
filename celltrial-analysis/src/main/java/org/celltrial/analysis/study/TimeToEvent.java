package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.common.i18n.Message;
import org.celltrial.stats.competing.CumulativeIncidence;
import org.celltrial.stats.competing.IncidenceCurve;
import org.celltrial.stats.competing.IncidencePoint;
import org.celltrial.stats.survival.ConfType;
import org.celltrial.stats.survival.KaplanMeier;
import org.celltrial.stats.survival.KmCurve;
import org.celltrial.stats.survival.Landmark;
import org.celltrial.stats.survival.Quantile;

/**
 * Kaplan–Meier summaries of OS, PFS (EFS for B-ALL) and DOR from infusion (G-EP-1), and the
 * cumulative incidence of relapse and of non-relapse mortality as competing risks (G-EP-9), each
 * overall and by bridging stratum (G-BR-3). For B-ALL, EFS and relapse also count treatment failure
 * (no CR/CRi as best response) as an event on the date it was assessed (ELIANA's EFS definition).
 * Times in months of 30.4375 days; without an event a subject is censored at the last contact, or
 * at the data cut-off when none is known. Confidence limits: log scale (R {@code survfit} default)
 * for Kaplan–Meier, {@code cmprsk::timepoints} for cumulative incidence.
 */
final class TimeToEvent {
  static final double DAYS_PER_MONTH = 30.4375;

  private TimeToEvent() {}

  /** One endpoint: time and event per subject of a set. */
  record Data(double[] time, int[] status) {}

  /**
   * An endpoint and whose reads it uses: PFS and DOR by the investigator, and by the IRC ({@code
   * PFSIRC}, {@code DORIRC}; G-EP-10) among the subjects the IRC read.
   */
  enum Endpoint {
    OS(Review.INVESTIGATOR),
    PFS(Review.INVESTIGATOR),
    DOR(Review.INVESTIGATOR),
    PFSIRC(Review.IRC),
    DORIRC(Review.IRC);

    final Review review;

    Endpoint(Review review) {
      this.review = review;
    }

    /** Whether the origin is the first response rather than the infusion. */
    boolean fromResponse() {
      return this == DOR || this == DORIRC;
    }

    /** The parameter code (ADTTE PARAMCD): PFS is EFS, PFSIRC is EFSIRC for B-ALL. */
    String code(boolean failureIsEvent) {
      return failureIsEvent && (this == PFS || this == PFSIRC)
          ? name().replace("PFS", "EFS")
          : name();
    }

    /** Whether the subject has an observation: DOR only responders, IRC only subjects read. */
    boolean observes(AnalysisSubject s) {
      return fromResponse() ? hasDor(s, review) : review.covers(s);
    }
  }

  /**
   * The date disease control failed by the investigator: first progression or relapse; with {@code
   * failureIsEvent} (B-ALL EFS) also the date a subject's best response was found to be no
   * remission.
   */
  static LocalDate failure(AnalysisSubject s, boolean failureIsEvent) {
    return failure(s, Review.INVESTIGATOR, failureIsEvent);
  }

  /** {@link #failure(AnalysisSubject, boolean)} by the given review. */
  static LocalDate failure(AnalysisSubject s, Review review, boolean failureIsEvent) {
    BorResult bor = review.bor(s);
    LocalDate noRemission =
        failureIsEvent && bor != null && !review.responder(s) ? bor.date() : null;
    return earlier(review.progression(s), noRemission);
  }

  static Data data(
      List<AnalysisSubject> set, Endpoint e, LocalDate cutoff, boolean failureIsEvent) {
    List<AnalysisSubject> used = set.stream().filter(e::observes).toList();
    double[] time = new double[used.size()];
    int[] status = new int[used.size()];
    for (int i = 0; i < used.size(); i++) {
      TteRecord r = observe(used.get(i), e, cutoff, failureIsEvent);
      time[i] = r.days() / DAYS_PER_MONTH;
      status[i] = r.event() ? 1 : 0;
    }
    return new Data(time, status);
  }

  /** Whether the review found a response with a date: the subject has a duration of response. */
  static boolean hasDor(AnalysisSubject s, Review review) {
    return review.responder(s) && review.bor(s).date() != null;
  }

  /**
   * One subject's observation of an endpoint: origin (infusion; the best response's date for DOR),
   * event date or censoring date, and why it ends. Events and their order are the same for both
   * reviews, each with its own progression and response. Censoring: the investigator's endpoints at
   * the last contact, else the data cut-off; the IRC's at its last adequate assessment ({@link
   * Review#lastAdequate}), else at the origin.
   */
  static TteRecord observe(
      AnalysisSubject s, Endpoint e, LocalDate cutoff, boolean failureIsEvent) {
    Review review = e.review;
    String code = e.code(failureIsEvent);
    LocalDate origin =
        e.fromResponse() ? review.bor(s).date() : s.first(JourneyEvent.Infusion.class);
    LocalDate death = s.first(JourneyEvent.Death.class);
    LocalDate failure = failure(s, review, failureIsEvent);
    LocalDate event = e == Endpoint.OS ? death : earlier(failure, death);
    if (event != null) {
      TteRecord.Reason why =
          event.equals(death)
              ? TteRecord.Reason.DEATH
              : event.equals(review.progression(s))
                  ? TteRecord.Reason.PROGRESSION
                  : TteRecord.Reason.NO_REMISSION;
      return new TteRecord(s, code, origin, event, true, why);
    }
    if (review == Review.IRC) {
      LocalDate last = Review.lastAdequate(s);
      return last != null
          ? new TteRecord(s, code, origin, last, false, TteRecord.Reason.LAST_ASSESSMENT)
          : new TteRecord(s, code, origin, origin, false, TteRecord.Reason.NO_ASSESSMENT);
    }
    return s.lastKnownAlive() != null
        ? new TteRecord(s, code, origin, s.lastKnownAlive(), false, TteRecord.Reason.LAST_ALIVE)
        : new TteRecord(s, code, origin, cutoff, false, TteRecord.Reason.CUTOFF);
  }

  /** Competing risks from infusion: 1 = relapse or progression, 2 = death without it. */
  static Data competing(List<AnalysisSubject> set, LocalDate cutoff, boolean failureIsEvent) {
    double[] time = new double[set.size()];
    int[] status = new int[set.size()];
    for (int i = 0; i < set.size(); i++) {
      AnalysisSubject s = set.get(i);
      LocalDate origin = s.first(JourneyEvent.Infusion.class);
      LocalDate death = s.first(JourneyEvent.Death.class);
      LocalDate p = failure(s, failureIsEvent);
      if (p != null && (death == null || !death.isBefore(p))) {
        time[i] = months(origin, p);
        status[i] = 1;
      } else if (death != null) {
        time[i] = months(origin, death);
        status[i] = 2;
      } else {
        time[i] = months(origin, s.lastKnownAlive() != null ? s.lastKnownAlive() : cutoff);
      }
    }
    return new Data(time, status);
  }

  static ReportTable kmTable(
      List<AnalysisSubject> mitt, LocalDate cutoff, boolean failureIsEvent, Message pfsName) {
    List<List<Message>> rows = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      Message name =
          e == Endpoint.PFS ? pfsName : AnalysisMessages.of("tte." + e.code(failureIsEvent));
      for (Strata st : Strata.of(mitt)) {
        Data d = data(st.members(), e, cutoff, failureIsEvent);
        if (d.time().length == 0) {
          continue;
        }
        KmCurve km = KaplanMeier.fit(d.time(), d.status(), null, ConfType.LOG, Efficacy.LEVEL);
        int events = 0;
        for (int x : d.status()) {
          events += x;
        }
        Quantile m = km.median();
        List<Landmark> lm = km.landmarks(6, 12);
        rows.add(
            List.of(
                name,
                st.label(),
                AnalysisMessages.raw(d.time().length),
                AnalysisMessages.raw(events),
                AnalysisMessages.raw(
                    Fmt.number(m.estimate(), 1)
                        + " ("
                        + Fmt.number(m.lower(), 1)
                        + "–"
                        + Fmt.number(m.upper(), 1)
                        + ")"),
                landmark(lm.get(0)),
                landmark(lm.get(1))));
      }
    }
    return new ReportTable(
        "time-to-event",
        AnalysisMessages.of("tte.title"),
        Sets.MITT.label(),
        mitt.stream().anyMatch(Irc::read) ? "G-EP-1, G-EP-10, G-BR-3" : "G-EP-1, G-BR-3",
        List.of(
            AnalysisMessages.of("col.endpoint"),
            AnalysisMessages.of("col.stratum"),
            AnalysisMessages.of("col.n"),
            AnalysisMessages.of("col.events"),
            AnalysisMessages.of("col.median"),
            AnalysisMessages.of("col.rate6"),
            AnalysisMessages.of("col.rate12")),
        rows,
        mitt.stream().anyMatch(Irc::read)
            ? List.of(AnalysisMessages.of("tte.note"), AnalysisMessages.of("tte.ircNote"))
            : List.of(AnalysisMessages.of("tte.note")));
  }

  static ReportTable incidenceTable(
      List<AnalysisSubject> mitt, LocalDate cutoff, boolean failureIsEvent) {
    List<List<Message>> rows = new ArrayList<>();
    for (Strata st : Strata.of(mitt)) {
      if (st.members().isEmpty()) {
        continue;
      }
      Data d = competing(st.members(), cutoff, failureIsEvent);
      List<IncidenceCurve> cif =
          count(d.status(), 1) + count(d.status(), 2) == 0
              ? List.of()
              : CumulativeIncidence.estimate(d.time(), d.status());
      for (int cause = 1; cause <= 2; cause++) {
        Message name = AnalysisMessages.of(cause == 1 ? "cif.relapse" : "cif.nrm");
        IncidenceCurve c = find(cif, cause);
        rows.add(
            List.of(
                name,
                st.label(),
                AnalysisMessages.raw(count(d.status(), cause)),
                point(c, 6),
                point(c, 12)));
      }
    }
    return new ReportTable(
        "cumulative-incidence",
        AnalysisMessages.of("cif.title"),
        Sets.MITT.label(),
        "G-EP-9, G-BR-3",
        List.of(
            AnalysisMessages.of("col.endpoint"),
            AnalysisMessages.of("col.stratum"),
            AnalysisMessages.of("col.events"),
            AnalysisMessages.of("col.cif6"),
            AnalysisMessages.of("col.cif12")),
        rows,
        List.of(AnalysisMessages.of("cif.note")));
  }

  private static IncidenceCurve find(List<IncidenceCurve> curves, int cause) {
    return curves.stream().filter(c -> c.cause() == cause).findFirst().orElse(null);
  }

  private static Message point(IncidenceCurve c, double t) {
    if (c == null) {
      return AnalysisMessages.raw("0.0");
    }
    IncidencePoint p = c.at(t, Efficacy.LEVEL);
    if (Double.isNaN(p.estimate())) {
      return AnalysisMessages.raw("NE");
    }
    String ci = Double.isNaN(p.lower()) ? "" : " (" + Fmt.interval(p.lower(), p.upper()) + ")";
    return AnalysisMessages.raw(Fmt.percent(p.estimate()) + ci);
  }

  private static int count(int[] status, int cause) {
    int n = 0;
    for (int s : status) {
      n += s == cause ? 1 : 0;
    }
    return n;
  }

  static Message landmark(Landmark l) {
    if (l.beyondFollowUp()) {
      return AnalysisMessages.raw("NE");
    }
    String ci = Double.isNaN(l.lower()) ? "" : " (" + Fmt.interval(l.lower(), l.upper()) + ")";
    return AnalysisMessages.raw(Fmt.percent(l.surv()) + ci);
  }

  static double months(LocalDate from, LocalDate to) {
    return days(from, to) / DAYS_PER_MONTH;
  }

  /** Whole days from one date to another, 0 when the second is earlier. */
  static long days(LocalDate from, LocalDate to) {
    return Math.max(0, ChronoUnit.DAYS.between(from, to));
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
