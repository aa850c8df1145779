package org.celltrial.analysis.simulation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.celltrial.clinical.drugs.Antigen;
import org.celltrial.clinical.drugs.DrugClass;
import org.celltrial.clinical.study.Design;
import org.celltrial.clinical.study.Phase;
import org.celltrial.clinical.study.Population;
import org.celltrial.clinical.study.ProductType;
import org.celltrial.clinical.study.Protocol;
import org.celltrial.clinical.study.Study;
import org.celltrial.clinical.study.Subtype;

/**
 * The study record of a synthetic trial: an autologous CAR-T, CD19 for B-ALL and LBCL, BCMA for MM
 * (the targets G-BR-4 compares bridging agents with), with protocol washouts (G-BR-2), the
 * lymphodepletion window and a day-90 landmark (G-EP-6).
 */
final class Studies {
  /** Days from the last lymphodepletion dose to infusion the protocols allow. */
  static final int LD_MIN = 2;

  static final int LD_MAX = 14;

  /** Maximum days from the tumor re-baseline to lymphodepletion. */
  static final int REBASELINE_WINDOW = 7;

  private Studies() {}

  static Study of(SimIndication indication) {
    Map<DrugClass, Integer> washout = new EnumMap<>(DrugClass.class);
    washout.put(DrugClass.CHEMOTHERAPY, 14);
    washout.put(DrugClass.MONOCLONAL_ANTIBODY, 14);
    washout.put(DrugClass.CORTICOSTEROID, 3);
    washout.put(DrugClass.RADIOTHERAPY, 7);
    return switch (indication) {
      case B_ALL -> {
        washout.put(DrugClass.CHEMOTHERAPY, 7);
        washout.put(DrugClass.TKI, 3);
        yield new Study(
            "SIM-ALL",
            "Synthetic trial: autologous CD19 CAR-T in relapsed/refractory B-ALL (children and"
                + " adults)",
            indication.indication(),
            null,
            ProductType.AUTOLOGOUS_CAR_T,
            Set.of(Antigen.CD19),
            Phase.PHASE_2,
            Design.SINGLE_ARM,
            Population.BOTH,
            null,
            true,
            null,
            null,
            protocol(null, washout, 100),
            null,
            null,
            null);
      }
      case LBCL -> {
        washout.put(DrugClass.ANTI_CD20, 14);
        yield new Study(
            "SIM-LBCL",
            "Synthetic trial: autologous CD19 CAR-T in relapsed/refractory large B-cell lymphoma"
                + " after two or more lines",
            indication.indication(),
            Subtype.LBCL,
            ProductType.AUTOLOGOUS_CAR_T,
            Set.of(Antigen.CD19),
            Phase.PHASE_2,
            Design.SINGLE_ARM,
            Population.ADULT,
            null,
            true,
            null,
            null,
            protocol(2, washout, null),
            null,
            null,
            null);
      }
      case MM -> {
        washout.put(DrugClass.PI, 14);
        washout.put(DrugClass.IMID, 7);
        washout.put(DrugClass.ANTI_CD38, 28);
        yield new Study(
            "SIM-MM",
            "Synthetic trial: autologous BCMA CAR-T in relapsed/refractory multiple myeloma after"
                + " three or more lines",
            indication.indication(),
            null,
            ProductType.AUTOLOGOUS_CAR_T,
            Set.of(Antigen.BCMA),
            Phase.PHASE_2,
            Design.SINGLE_ARM,
            Population.ADULT,
            null,
            true,
            null,
            null,
            protocol(3, washout, null),
            null,
            null,
            null);
      }
    };
  }

  private static Protocol protocol(
      Integer minLines, Map<DrugClass, Integer> washout, Integer minDaysAfterAllo) {
    return new Protocol(
        minLines,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of("T315I"),
        null,
        null,
        minDaysAfterAllo,
        null,
        null,
        null,
        null,
        washout,
        7,
        LD_MIN,
        LD_MAX,
        REBASELINE_WINDOW,
        90);
  }
}
