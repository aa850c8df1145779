package org.celltrial.clinical.response.imwg;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.common.i18n.Message;

/**
 * Which parameters were measurable at baseline (IMWG 2016; CIBMTR): serum M-protein at least 1.0
 * g/dL, urine M-protein at least 200 mg/24 h; only if neither, involved FLC at least 10 mg/dL with
 * an abnormal ratio; only if none of these, marrow plasma cells.
 *
 * @param serum serum M-protein measurable
 * @param urine urine M-protein measurable
 * @param flc FLC measurable (and serum/urine not)
 * @param marrow marrow plasma cells the only measure
 * @param plasmacytoma soft-tissue plasmacytoma present at baseline
 */
public record Measurable(
    boolean serum, boolean urine, boolean flc, boolean marrow, boolean plasmacytoma) {

  /** The measurable parameters of a baseline assessment. */
  public static Measurable of(MmAssessment b, LightChain involved, ImwgParameters p) {
    boolean serum = b.serumM() != null && b.serumM() >= p.serumMeasurable();
    boolean urine = b.urineM() != null && b.urineM() >= p.urineMeasurable();
    Double inv = b.involvedFlc(involved);
    boolean flc =
        !serum && !urine && inv != null && inv >= p.flcMeasurable() && !p.normalRatio(b.ratio());
    boolean plasmacytoma = b.plasmacytomaSpd() != null && b.plasmacytomaSpd() > 0;
    boolean marrow = !serum && !urine && !flc && b.marrowPcPercent() != null;
    return new Measurable(serum, urine, flc, marrow, plasmacytoma);
  }

  /** The reasons naming what was measurable. */
  List<Message> describe() {
    List<Message> why = new ArrayList<>();
    why.add(
        ImwgRules.msg(
            "response.imwg.measurable", serum ? 1 : 0, urine ? 1 : 0, flc ? 1 : 0, marrow ? 1 : 0));
    return why;
  }
}
