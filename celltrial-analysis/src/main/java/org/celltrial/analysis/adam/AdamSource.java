package org.celltrial.analysis.adam;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.grading.TimelineResult;
import org.celltrial.clinical.grading.icaht.CountsInput;
import org.celltrial.clinical.grading.icaht.Hematotoxicity;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.BorResult;

/**
 * One subject's records that ADRS, ADAE and ADLB need beyond {@link
 * org.celltrial.analysis.study.AnalysisSubject}: the per-assessment responses as {@code derive
 * response} derives them, the graded CRS/ICANS time lines and the blood counts with their grades.
 * Every part is optional: {@code null} or empty when the file was not collected.
 *
 * @param investigator the investigator's assessments in date order (confirmed category)
 * @param irc the independent review committee's reads in date order, empty when none (G-EP-10)
 * @param ircBor the IRC's best overall response, {@code null} without IRC reads
 * @param crs the CRS time line (ASTCT 2019), {@code null} without a grading file
 * @param icans the ICANS time line (ASTCT 2019), {@code null} without a grading file
 * @param counts the blood counts as entered, {@code null} without a counts file
 * @param hematotoxicity the counts graded by the engine (CTCAE 5.0, ICAHT), {@code null} without a
 *     counts file
 */
public record AdamSource(
    List<Response> investigator,
    List<Response> irc,
    BorResult ircBor,
    TimelineResult crs,
    TimelineResult icans,
    CountsInput counts,
    Hematotoxicity hematotoxicity) {
  /** Nothing collected. */
  public static final AdamSource NONE = new AdamSource(null, null, null, null, null, null, null);

  /** Copies the lists; {@code null} is none. */
  public AdamSource {
    investigator = investigator == null ? List.of() : List.copyOf(investigator);
    irc = irc == null ? List.of() : List.copyOf(irc);
  }

  /**
   * One response assessment.
   *
   * @param date the assessment date
   * @param category the overall response at that date
   * @param criterion the criterion and version ({@code Lugano 2014}, {@code IMWG 2016}, {@code
   *     B-ALL CIBMTR})
   */
  public record Response(LocalDate date, Category category, String criterion) {}
}
