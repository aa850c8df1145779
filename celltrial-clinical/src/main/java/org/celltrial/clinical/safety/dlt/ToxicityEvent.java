package org.celltrial.clinical.safety.dlt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/**
 * A toxicity at one grade for an uninterrupted stretch of time: from {@code onset} until {@code
 * end}, when it fell below that grade. A toxicity that worsens is entered as one event per grade
 * reached (grade 3 from Monday, grade 4 from Wednesday); the rules then look at each.
 *
 * @param term the adverse-event term as reported (e.g. "Cytokine release syndrome")
 * @param kind what the DLT rules see it as
 * @param grade the grade, 1-5 (ASTCT 2019 for CRS and ICANS, CTCAE 5.0 otherwise)
 * @param onset when the grade was first reached
 * @param end when it fell below the grade, {@code null} while ongoing at the last assessment
 * @param attributable {@code false} when the investigator attributes it clearly to another cause
 *     (disease progression, a pre-existing condition): such an event is never a DLT
 */
public record ToxicityEvent(
    String term,
    ToxicityKind kind,
    int grade,
    LocalDateTime onset,
    LocalDateTime end,
    boolean attributable) {

  /**
   * The event as written in a subject file ({@code Subject.adverseEvents}), where {@code
   * attributable} may be left out and is then {@code true}.
   */
  @JsonCreator
  public static ToxicityEvent of(
      @JsonProperty("term") String term,
      @JsonProperty("kind") ToxicityKind kind,
      @JsonProperty("grade") int grade,
      @JsonProperty("onset") LocalDateTime onset,
      @JsonProperty("end") LocalDateTime end,
      @JsonProperty("attributable") Boolean attributable) {
    return new ToxicityEvent(term, kind, grade, onset, end, attributable == null || attributable);
  }
}
