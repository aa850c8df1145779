package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.response.bor.BorResult;
import org.celltrial.clinical.response.bor.TimePoint;

/**
 * A subject's response assessments beyond the best response: the investigator's time points (for
 * the landmark response, G-EP-6), the independent review committee's (G-EP-10) and the MRD samples
 * (G-EP-7).
 *
 * @param investigator the investigator's response at each assessment (IMWG: confirmed), date order
 * @param irc the IRC's response at each assessment, empty when the IRC did not read the subject
 * @param ircBor the IRC's best overall response, {@code null} without IRC reads
 * @param mrd the MRD samples, date order, empty when none was taken
 */
public record ResponseCourse(
    List<TimePoint> investigator, List<TimePoint> irc, BorResult ircBor, List<MrdSample> mrd) {
  /** Copies the lists. */
  public ResponseCourse {
    investigator = List.copyOf(investigator);
    irc = List.copyOf(irc);
    mrd = List.copyOf(mrd);
  }

  /**
   * One MRD sample as measured.
   *
   * @param date sample date
   * @param method the assay: {@code FLOW}, {@code NGS} or {@code PCR}
   * @param detected whether disease was detected
   * @param level the measured fraction when detected, or {@code null}
   * @param sensitivity the achieved sensitivity (limit of detection), e.g. 1e-5
   */
  public record MrdSample(
      LocalDate date, String method, boolean detected, Double level, double sensitivity) {}
}
