package org.celltrial.analysis.study;

import java.time.LocalDate;
import java.util.List;
import org.celltrial.clinical.study.Study;
import org.celltrial.design.controls.Indication;

/**
 * What the analysis needs: the study's identity, its indication (which chooses the response
 * endpoint and the historical controls of the target value), the data cut-off and the subjects.
 *
 * @param studyId the study identifier
 * @param title the study title
 * @param indication the indication in the historical-control library
 * @param cutoff the data cut-off: censoring date for subjects without a known last contact
 * @param subjects every screened subject, in file order
 * @param study the study file (dose levels, protocol target value, DLT definition), or {@code null}
 *     in tests that build the input directly
 * @param kinetics the transgene profiles of the {@code kinetics/} folder, or {@code null} when the
 *     folder is absent (cellular kinetics not collected)
 */
public record AnalysisInput(
    String studyId,
    String title,
    Indication indication,
    LocalDate cutoff,
    List<AnalysisSubject> subjects,
    Study study,
    List<KineticProfile> kinetics) {
  /** Copies the lists. */
  public AnalysisInput {
    subjects = List.copyOf(subjects);
    kinetics = kinetics == null ? null : List.copyOf(kinetics);
  }

  /** An input without cellular kinetics (not collected). */
  public AnalysisInput(
      String studyId,
      String title,
      Indication indication,
      LocalDate cutoff,
      List<AnalysisSubject> subjects,
      Study study) {
    this(studyId, title, indication, cutoff, subjects, study, null);
  }
}
