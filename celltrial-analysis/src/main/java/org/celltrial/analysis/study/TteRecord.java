package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.design.controls.Indication;

/**
 * One subject's observation of one time-to-event endpoint, exactly as the report's Kaplan–Meier
 * table uses it (G-EP-1): the time is {@link #days()} days, {@code days / 30.4375} months.
 *
 * @param subject the subject
 * @param endpoint {@code OS}, {@code PFS} (EFS for B-ALL, see {@link #of}), {@code DOR}, and by the
 *     independent review committee {@code PFSIRC} ({@code EFSIRC}) and {@code DORIRC}
 * @param start the origin: infusion; for DOR the date the best response was first seen
 * @param end the event date, or the censoring date
 * @param event whether {@code end} is an event (otherwise censored)
 * @param reason why the observation ends there
 */
public record TteRecord(
    AnalysisSubject subject,
    String endpoint,
    LocalDate start,
    LocalDate end,
    boolean event,
    Reason reason) {

  /** Why an observation ends. */
  public enum Reason {
    /** Death (event). */
    DEATH,
    /** First progression or relapse (event). */
    PROGRESSION,
    /** B-ALL: best response found to be no remission, treatment failure (EFS event, ELIANA). */
    NO_REMISSION,
    /** Censored at the last contact. */
    LAST_ALIVE,
    /** Censored at the data cut-off: no later contact known. */
    CUTOFF,
    /** IRC endpoints: censored at the IRC's last adequate (evaluable) assessment (G-EP-10). */
    LAST_ASSESSMENT,
    /** IRC endpoints: censored at the origin, the IRC having no adequate assessment (G-EP-10). */
    NO_ASSESSMENT
  }

  /** Whole days from start to end, 0 when the end precedes the start. */
  public long days() {
    return TimeToEvent.days(start, end);
  }

  /**
   * Every observation of the analysis in the infused set (mITT), by endpoint (OS, PFS, DOR, PFSIRC,
   * DORIRC) then subject in input order; DOR only for responders with a response date, the IRC's
   * endpoints only for subjects the IRC read (G-EP-10). For B-ALL PFS is EFS (EFSIRC): treatment
   * failure counts as an event.
   */
  public static List<TteRecord> of(AnalysisInput input) {
    boolean failureIsEvent = input.indication() == Indication.B_ALL;
    List<AnalysisSubject> mitt = Sets.MITT.of(input.subjects());
    List<TteRecord> out = new ArrayList<>();
    for (TimeToEvent.Endpoint e : TimeToEvent.Endpoint.values()) {
      for (AnalysisSubject s : mitt) {
        if (e.observes(s)) {
          out.add(TimeToEvent.observe(s, e, input.cutoff(), failureIsEvent));
        }
      }
    }
    return out;
  }
}
