package org.celltrial.analysis.cdisc.sdtm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.celltrial.analysis.study.IggSeries;
import org.celltrial.analysis.study.ResponseCourse;
import org.celltrial.analysis.study.ResponseVisit;
import org.celltrial.clinical.grading.Episode;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.subject.Subject;

/**
 * One subject of a study package as the SDTM mapping sees it: the subject file, the graded CRS and
 * ICANS episodes, the blood counts and the investigator's response assessments.
 *
 * @param subject the subject file
 * @param infusion the infusion date-time of the grading files (day 0), or {@code null} when the
 *     subject was not graded
 * @param crs the CRS episodes by ASTCT 2019, or {@code null} when CRS was not graded
 * @param icans the ICANS episodes by ASTCT 2019, or {@code null} when ICANS was not graded
 * @param counts the blood counts and temperatures (ICAHT input), or {@code null}
 * @param responses the response assessments, or {@code null} without a response file
 * @param igg serum IgG and IVIG doses ({@code igg/<id>.json}), or {@code null}
 * @param tls tumor-lysis laboratory values ({@code tls/<id>.json}), or {@code null}
 */
public record SdtmSubject(
    Subject subject,
    LocalDateTime infusion,
    List<Episode> crs,
    List<Episode> icans,
    CountsInput counts,
    Responses responses,
    IggSeries igg,
    TlsInput tls) {

  /** Copies the episode lists. */
  public SdtmSubject {
    crs = crs == null ? null : List.copyOf(crs);
    icans = icans == null ? null : List.copyOf(icans);
  }

  /**
   * A subject's responses.
   *
   * @param visits the investigator's overall response at each assessment (the confirmed category)
   *     with the tumour burden measured then, in date order
   * @param irc the independent review committee's reads, in date order
   * @param lastKnownAlive last contact, or {@code null}
   * @param baselineBurden the tumour burden at baseline (SPD in cm², Lugano; serum M-protein in
   *     g/dL, IMWG), or {@code null}
   * @param mrd the MRD samples (B-ALL marrow, IMWG MRD tests), in date order
   */
  public record Responses(
      List<ResponseVisit> visits,
      List<TimePoint> irc,
      LocalDate lastKnownAlive,
      Double baselineBurden,
      List<ResponseCourse.MrdSample> mrd) {
    /** Copies the lists. */
    public Responses {
      visits = List.copyOf(visits);
      irc = irc == null ? List.of() : List.copyOf(irc);
      mrd = mrd == null ? List.of() : List.copyOf(mrd);
    }

    /** The investigator's time points (date and category). */
    public List<TimePoint> points() {
      return visits.stream().map(v -> new TimePoint(v.date(), v.category())).toList();
    }
  }
}
