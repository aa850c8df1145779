package org.celltrial.clinical.safety.hlh;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * HLH-2004 diagnostic criteria (Henter et al., Pediatr Blood Cancer 2007;48:124-131): a molecular
 * diagnosis, or at least 5 of 8: fever; splenomegaly; cytopenia of ≥ 2 lineages (hemoglobin &lt; 9
 * g/dL, platelets &lt; 100 × 10⁹/L, neutrophils &lt; 1.0 × 10⁹/L); fasting triglycerides ≥ 265
 * mg/dL (3.0 mmol/L) and/or fibrinogen ≤ 150 mg/dL (1.5 g/L); hemophagocytosis; low or absent
 * NK-cell activity; ferritin ≥ 500 ng/mL; soluble CD25 ≥ 2400 U/mL. The inclusive operators are
 * those of the original table (as reproduced in Blood and Curr Opin Rheumatol); some reviews print
 * strict ones. Not validated after CAR-T: CRS and lymphodepletion meet several criteria on their
 * own. A value not measured ({@code null}) does not count.
 */
public final class Hlh2004 {
  private Hlh2004() {}

  /**
   * The HLH-2004 input.
   *
   * @param molecularDiagnosis a molecular diagnosis consistent with HLH
   * @param fever fever
   * @param splenomegaly splenomegaly
   * @param hemoglobin g/dL
   * @param platelets 10⁹/L
   * @param neutrophils 10⁹/L
   * @param triglycerides fasting, mg/dL
   * @param fibrinogen mg/dL
   * @param hemophagocytosis in marrow, spleen, lymph nodes or liver
   * @param lowNkActivity low or absent NK-cell activity
   * @param ferritin ng/mL
   * @param solubleCd25 U/mL
   */
  public record Input(
      boolean molecularDiagnosis,
      boolean fever,
      boolean splenomegaly,
      Double hemoglobin,
      Double platelets,
      Double neutrophils,
      Double triglycerides,
      Double fibrinogen,
      boolean hemophagocytosis,
      boolean lowNkActivity,
      Double ferritin,
      Double solubleCd25) {}

  /**
   * Checks the criteria.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a negative value
   */
  public static HlhResult assess(Input in) {
    check("hemoglobin", in.hemoglobin());
    check("platelets", in.platelets());
    check("neutrophils", in.neutrophils());
    check("triglycerides", in.triglycerides());
    check("fibrinogen", in.fibrinogen());
    check("ferritin", in.ferritin());
    check("solubleCd25", in.solubleCd25());
    List<Message> reasons = new ArrayList<>();
    int lineages =
        (below(in.hemoglobin(), 9) ? 1 : 0)
            + (below(in.platelets(), 100) ? 1 : 0)
            + (below(in.neutrophils(), 1.0) ? 1 : 0);
    boolean lipids =
        (in.triglycerides() != null && in.triglycerides() >= 265)
            || (in.fibrinogen() != null && in.fibrinogen() <= 150);
    boolean[] met = {
      in.fever(),
      in.splenomegaly(),
      lineages >= 2,
      lipids,
      in.hemophagocytosis(),
      in.lowNkActivity(),
      in.ferritin() != null && in.ferritin() >= 500,
      in.solubleCd25() != null && in.solubleCd25() >= 2400
    };
    String[] names = {
      "fever",
      "splenomegaly",
      "cytopenia",
      "triglycerides/fibrinogen",
      "hemophagocytosis",
      "lowNkActivity",
      "ferritin",
      "solubleCd25"
    };
    int count = 0;
    for (int i = 0; i < met.length; i++) {
      if (met[i]) {
        count++;
        reasons.add(ClinicalMessages.of("hlh.2004.criterion", names[i]));
      }
    }
    reasons.add(ClinicalMessages.of("hlh.2004.lineages", lineages));
    boolean diagnosis = in.molecularDiagnosis() || count >= 5;
    if (in.molecularDiagnosis()) {
      reasons.add(ClinicalMessages.of("hlh.2004.molecular"));
    }
    reasons.add(ClinicalMessages.of(diagnosis ? "hlh.2004.met" : "hlh.2004.notMet", count));
    return new HlhResult("HLH-2004", diagnosis, count, 5, reasons);
  }

  private static boolean below(Double v, double cut) {
    return v != null && v < cut;
  }

  private static void check(String field, Double v) {
    if (v != null && !(v >= 0 && !v.isInfinite())) {
      throw ClinicalMessages.error("hlh.value", field, v);
    }
  }
}
