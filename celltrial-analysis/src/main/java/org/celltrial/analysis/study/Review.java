package org.celltrial.analysis.study;

import java.time.LocalDate;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.TimePoint;

/**
 * Whose reads a time-to-event endpoint uses (G-EP-10): the investigator's, or the independent
 * review committee's (IRC) time points from the response file. The IRC's progression is its first
 * time point in PD; its best response and first response date come from {@code
 * ResponseCourse.ircBor} derived with the same rules as the investigator's. Only subjects the IRC
 * read ({@link Irc#read}) enter the IRC's endpoints.
 */
enum Review {
  INVESTIGATOR,
  IRC;

  /** Whether the subject enters this review's endpoints. */
  boolean covers(AnalysisSubject s) {
    return this == INVESTIGATOR || Irc.read(s);
  }

  /** The best overall response by this review, or {@code null}. */
  BorResult bor(AnalysisSubject s) {
    if (this == INVESTIGATOR) {
      return s.bor();
    }
    return Irc.read(s) ? s.response().ircBor() : null;
  }

  /** Whether this review found a response (ORR; CR/CRi for B-ALL). */
  boolean responder(AnalysisSubject s) {
    return this == INVESTIGATOR ? Efficacy.responder(s) : Irc.responder(s);
  }

  /** The first progression or relapse by this review, or {@code null}. */
  LocalDate progression(AnalysisSubject s) {
    if (this == INVESTIGATOR) {
      return s.progression();
    }
    if (!Irc.read(s)) {
      return null;
    }
    return s.response().irc().stream()
        .filter(p -> p.category() == Category.PD)
        .map(TimePoint::date)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  /**
   * The IRC's last adequate assessment: its latest time point with an evaluable category (not NE),
   * or {@code null} when it has none (FDA guidance "Clinical Trial Endpoints for the Approval of
   * Cancer Drugs and Biologics", 2018, PFS censoring table: censored at the last adequate
   * assessment; no post-baseline assessment: censored at the origin).
   */
  static LocalDate lastAdequate(AnalysisSubject s) {
    if (!Irc.read(s)) {
      return null;
    }
    return s.response().irc().stream()
        .filter(p -> p.category() != Category.NE)
        .map(TimePoint::date)
        .max(LocalDate::compareTo)
        .orElse(null);
  }
}
