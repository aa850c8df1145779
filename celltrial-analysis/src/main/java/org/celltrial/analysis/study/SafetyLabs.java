package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.tls.TlsInput;

/**
 * A subject's laboratory safety data beyond the grading files' grades (G-SAF-1): prolonged and late
 * cytopenia from the counts file, serum IgG with the IVIG doses, and tumor-lysis laboratory values.
 *
 * @param cytopenia prolonged (day 28) and late (after day 90) cytopenia of neutrophils and
 *     platelets from the counts file by the ICAHT engine, {@code null} when there is no counts file
 * @param igg IgG samples and IVIG doses ({@code igg/<id>.json}), {@code null} when there is none
 * @param tls tumor-lysis laboratory values ({@code tls/<id>.json}, the input of {@link
 *     org.celltrial.clinical.grading.tls.TumorLysis}), {@code null} when there is none
 */
public record SafetyLabs(List<ProlongedCytopenia.Verdict> cytopenia, IggSeries igg, TlsInput tls) {
  /** Copies the verdicts. */
  public SafetyLabs {
    cytopenia = cytopenia == null ? null : List.copyOf(cytopenia);
  }
}
