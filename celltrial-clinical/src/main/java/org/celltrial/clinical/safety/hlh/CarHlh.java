package org.celltrial.clinical.safety.hlh;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * carHLH (Neelapu et al., Nat Rev Clin Oncol 2018;15:47-62, CARTOX): peak ferritin strictly above
 * 10,000 ng/mL during the CRS phase plus any two of: grade ≥ 3 rise of bilirubin, AST or ALT; grade
 * ≥ 3 oliguria or creatinine rise; grade ≥ 3 pulmonary edema; hemophagocytosis in marrow or organs.
 * The source table could not be retrieved; thresholds from the project's research note [U].
 */
public final class CarHlh {
  static final double FERRITIN = 10_000;

  private CarHlh() {}

  /**
   * The carHLH input.
   *
   * @param peakFerritin peak ferritin in the CRS phase, ng/mL
   * @param liverGrade highest CTCAE grade of bilirubin, AST or ALT increased
   * @param renalGrade highest CTCAE grade of oliguria or creatinine increased
   * @param pulmonaryEdemaGrade CTCAE grade of pulmonary edema
   * @param hemophagocytosis hemophagocytosis in marrow or organs (histology or CD68 staining)
   */
  public record Input(
      double peakFerritin,
      int liverGrade,
      int renalGrade,
      int pulmonaryEdemaGrade,
      boolean hemophagocytosis) {}

  /**
   * Checks the criteria.
   *
   * @throws org.celltrial.common.i18n.CelltrialException for a negative ferritin or a grade outside
   *     0-5
   */
  public static HlhResult assess(Input in) {
    if (!(in.peakFerritin() >= 0)) {
      throw ClinicalMessages.error("hlh.value", "peakFerritin", in.peakFerritin());
    }
    grade("liverGrade", in.liverGrade());
    grade("renalGrade", in.renalGrade());
    grade("pulmonaryEdemaGrade", in.pulmonaryEdemaGrade());
    List<Message> reasons = new ArrayList<>();
    boolean ferritin = in.peakFerritin() > FERRITIN;
    reasons.add(
        ClinicalMessages.of(
            ferritin ? "hlh.car.ferritin.yes" : "hlh.car.ferritin.no", in.peakFerritin()));
    int organs = 0;
    organs += organ(reasons, "liverGrade", in.liverGrade());
    organs += organ(reasons, "renalGrade", in.renalGrade());
    organs += organ(reasons, "pulmonaryEdemaGrade", in.pulmonaryEdemaGrade());
    if (in.hemophagocytosis()) {
      organs++;
      reasons.add(ClinicalMessages.of("hlh.hemophagocytosis"));
    }
    boolean met = ferritin && organs >= 2;
    reasons.add(ClinicalMessages.of(met ? "hlh.car.met" : "hlh.car.notMet", organs));
    return new HlhResult("carHLH (Neelapu 2018)", met, organs, 2, reasons);
  }

  private static int organ(List<Message> reasons, String field, int grade) {
    if (grade >= 3) {
      reasons.add(ClinicalMessages.of("hlh.car.organ", field, grade));
      return 1;
    }
    return 0;
  }

  static void grade(String field, int grade) {
    if (grade < 0 || grade > 5) {
      throw ClinicalMessages.error("hlh.grade", field, grade);
    }
  }
}
