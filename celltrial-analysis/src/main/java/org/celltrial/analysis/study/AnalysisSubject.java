package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.journey.JourneyEvent;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.subject.Subject;

/**
 * One subject as the analysis sees it, derived by the engines from the subject, grading and
 * response files.
 *
 * @param id subject identifier
 * @param journey the journey (enrolment … infusion, HSCT, new therapy, death)
 * @param lastKnownAlive last contact, or {@code null} (then the data cut-off)
 * @param bor best overall response, {@code null} when no response file exists
 * @param progression first progression or relapse date, or {@code null}
 * @param crs CRS summary, {@code null} when not graded
 * @param icans ICANS summary, {@code null} when not graded
 * @param icahtGrade early ICAHT grade (0–4), or {@code -1} when not graded
 * @param age age in completed years at screening, or {@code null}
 * @param sex sex as CDISC codes it ({@code M}, {@code F}), or {@code null}
 * @param source the subject file it was derived from (history, dose level, adverse events), or
 *     {@code null} in tests that build subjects directly
 * @param responses the response assessments after infusion in date order (swimmer and waterfall
 *     figures), empty when there is no response file
 * @param baselineBurden the tumour burden at baseline (SPD of the CT targets, cm², Lugano; serum
 *     M-protein, g/dL, IMWG), or {@code null}
 * @param crsEpisodes the graded CRS episodes, empty when none or not graded
 * @param icansEpisodes the graded ICANS episodes, empty when none or not graded
 * @param response the per-assessment investigator and IRC responses and the MRD samples, or {@code
 *     null} when no response file exists
 * @param labs the subject's cytopenia, IgG and tumor-lysis findings, {@code null} when none was
 *     read
 */
public record AnalysisSubject(
    String id,
    List<JourneyEvent> journey,
    LocalDate lastKnownAlive,
    BorResult bor,
    LocalDate progression,
    ToxicitySummary crs,
    ToxicitySummary icans,
    int icahtGrade,
    Integer age,
    String sex,
    Subject source,
    List<ResponseVisit> responses,
    Double baselineBurden,
    List<GradingEpisode> crsEpisodes,
    List<GradingEpisode> icansEpisodes,
    ResponseCourse response,
    LabFindings labs) {
  /** Copies the lists; a missing list is empty. */
  public AnalysisSubject {
    journey = List.copyOf(journey);
    responses = responses == null ? List.of() : List.copyOf(responses);
    crsEpisodes = crsEpisodes == null ? List.of() : List.copyOf(crsEpisodes);
    icansEpisodes = icansEpisodes == null ? List.of() : List.copyOf(icansEpisodes);
  }

  /** A subject without the per-assessment and per-episode data of the figures. */
  public AnalysisSubject(
      String id,
      List<JourneyEvent> journey,
      LocalDate lastKnownAlive,
      BorResult bor,
      LocalDate progression,
      ToxicitySummary crs,
      ToxicitySummary icans,
      int icahtGrade,
      Integer age,
      String sex,
      Subject source) {
    this(
        id,
        journey,
        lastKnownAlive,
        bor,
        progression,
        crs,
        icans,
        icahtGrade,
        age,
        sex,
        source,
        List.of(),
        null,
        List.of(),
        List.of(),
        null,
        null);
  }

  /** The first date of an event of this kind, or {@code null}. */
  public LocalDate first(Class<? extends JourneyEvent> kind) {
    // A loop, not a stream: the tables ask this millions of times of a registry-scale study.
    LocalDate min = null;
    for (JourneyEvent e : journey) {
      if (kind.isInstance(e)) {
        LocalDate d = e.first();
        if (d != null && (min == null || d.isBefore(min))) {
          min = d;
        }
      }
    }
    return min;
  }

  /** Whether the journey holds an event of this kind (with a date). */
  public boolean has(Class<? extends JourneyEvent> kind) {
    for (JourneyEvent e : journey) {
      if (kind.isInstance(e) && e.first() != null) {
        return true;
      }
    }
    return false;
  }

  /** The dose level given (the subject file's {@code doseLevel}), or {@code null}. */
  public String doseLevel() {
    return source == null ? null : source.doseLevel();
  }

  /** In the enrolled set (ITT). */
  public boolean enrolled() {
    return Sets.ITT.contains(this);
  }

  /** In the infused set (mITT), the set of the efficacy and time-to-event analyses. */
  public boolean infused() {
    return Sets.MITT.contains(this);
  }

  /** Whether the subject received bridging therapy (G-BR-3 stratum). */
  public boolean bridged() {
    return Sets.bridged(this);
  }
}
