package org.celltrial.analysis.study;

import java.util.List;
import org.celltrial.clinical.grading.icaht.ProlongedCytopenia;
import org.celltrial.clinical.grading.igg.Hypogammaglobulinemia;
import org.celltrial.clinical.grading.igg.IggRule;
import org.celltrial.clinical.grading.tls.TlsInput;
import org.celltrial.clinical.grading.tls.TlsResult;
import org.celltrial.clinical.grading.tls.TlsVariant;
import org.celltrial.clinical.grading.tls.TumorLysis;

/**
 * What the report needs of a subject's laboratory safety data (G-SAF-1), judged once when the files
 * are read ({@link #of}) rather than kept as values: a registry-scale study (issue 8) cannot hold
 * every subject's IgG and tumor-lysis series for the whole analysis.
 *
 * @param cytopenia prolonged (day 28) and late (after day 90) cytopenia of neutrophils and
 *     platelets from the counts file by the ICAHT engine, {@code null} without a counts file
 * @param igg the IgG judgement, {@code null} without an IgG file
 * @param tls the tumor-lysis judgement, {@code null} without a tumor-lysis file
 */
public record LabFindings(List<ProlongedCytopenia.Verdict> cytopenia, Igg igg, Tls tls) {
  /** Copies the verdicts. */
  public LabFindings {
    cytopenia = cytopenia == null ? null : List.copyOf(cytopenia);
  }

  /**
   * Severe hypogammaglobulinemia by the IgG rule of Hill et al. 2019 ({@link IggRule#HILL_2019}:
   * IgG ≤ 400 mg/dL in a sample not drawn within 28 days after IVIG) in any sample, and IVIG use.
   */
  public record Igg(boolean severe, boolean ivig) {}

  /**
   * Laboratory TLS under Cairo–Bishop 2004 and Howard 2011, and clinical TLS (Cairo–Bishop grade ≥
   * 1), by {@link TumorLysis}.
   */
  public record Tls(boolean laboratory2004, boolean laboratoryHoward, boolean clinical) {}

  /**
   * The findings of a subject's data, {@code null} when there are none (every part absent).
   *
   * @param igg IgG samples and IVIG doses ({@code igg/<id>.json}), or {@code null}
   * @param tls tumor-lysis values ({@code tls/<id>.json}), or {@code null}
   */
  public static LabFindings of(
      List<ProlongedCytopenia.Verdict> cytopenia, IggSeries igg, TlsInput tls) {
    if (cytopenia == null && igg == null && tls == null) {
      return null;
    }
    return new LabFindings(cytopenia, igg == null ? null : igg(igg), tls == null ? null : tls(tls));
  }

  private static Igg igg(IggSeries g) {
    boolean severe =
        g.samples().stream()
            .anyMatch(
                x ->
                    Hypogammaglobulinemia.judge(
                                x.time(), x.value(), x.unit(), g.ivig(), IggRule.HILL_2019)
                            .status()
                        == Hypogammaglobulinemia.Status.SEVERE);
    return new Igg(severe, !g.ivig().isEmpty());
  }

  private static Tls tls(TlsInput in) {
    TlsResult cb = TumorLysis.assess(in, TlsVariant.CAIRO_BISHOP_2004);
    return new Tls(
        cb.laboratoryTls(),
        TumorLysis.assess(in, TlsVariant.HOWARD_2011).laboratoryTls(),
        cb.clinicalTls());
  }
}
