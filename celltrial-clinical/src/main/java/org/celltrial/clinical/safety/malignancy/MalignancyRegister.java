package org.celltrial.clinical.safety.malignancy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.common.i18n.Message;

/**
 * Assesses the register of new malignancies (G-SAF-6). A T-cell malignancy is flagged unless all
 * three link tests — CAR transgene, clonality, integration site — are negative; a positive test
 * flags it as a probable product-derived malignancy, a missing or pending test as a link not
 * excluded. Other malignancies are listed with their tests but never flagged: the guideline asks
 * for the individual assessment of T-cell malignancies.
 */
public final class MalignancyRegister {
  private MalignancyRegister() {}

  /**
   * Assesses each entry.
   *
   * @param infusions date of CAR-T infusion per subject
   * @throws org.celltrial.common.i18n.CelltrialException for a missing field, a subject without an
   *     infusion date or a diagnosis before the infusion
   */
  public static List<MalignancyAssessment> assess(
      List<Malignancy> register, Map<String, LocalDate> infusions) {
    List<MalignancyAssessment> out = new ArrayList<>();
    for (int i = 0; i < register.size(); i++) {
      out.add(assess(i, register.get(i), infusions));
    }
    return out;
  }

  private static MalignancyAssessment assess(
      int index, Malignancy m, Map<String, LocalDate> infusions) {
    String where = "malignancies[" + index + "]";
    require(where, "subject", m.subject());
    require(where, "lineage", m.lineage());
    require(where, "diagnosed", m.diagnosed());
    LocalDate infusion = infusions.get(m.subject());
    if (infusion == null) {
      throw ClinicalMessages.error("safety.malignancy.noInfusion", where, m.subject());
    }
    if (m.diagnosed().isBefore(infusion)) {
      throw ClinicalMessages.error(
          "safety.malignancy.beforeInfusion", where, m.diagnosed(), infusion, m.subject());
    }
    LinkTest[] tests = {
      orNotTested(m.carTransgene()), orNotTested(m.clonality()), orNotTested(m.integrationSite())
    };
    String[] names = {"carTransgene", "clonality", "integrationSite"};
    List<Message> reasons = new ArrayList<>();
    boolean flag = false;
    if (m.lineage() == Lineage.T_CELL) {
      for (int t = 0; t < tests.length; t++) {
        if (!tests[t].excludes()) {
          flag = true;
          reasons.add(ClinicalMessages.of("safety.malignancy.link." + tests[t].name(), names[t]));
        }
      }
      reasons.add(
          ClinicalMessages.of(flag ? "safety.malignancy.flag" : "safety.malignancy.excluded"));
    } else {
      reasons.add(ClinicalMessages.of("safety.malignancy.notTCell", m.lineage()));
    }
    long days = ChronoUnit.DAYS.between(infusion, m.diagnosed());
    Malignancy filled =
        new Malignancy(
            m.subject(), m.diagnosis(), m.lineage(), m.diagnosed(), tests[0], tests[1], tests[2]);
    return new MalignancyAssessment(filled, days, flag, reasons);
  }

  private static LinkTest orNotTested(LinkTest t) {
    return t == null ? LinkTest.NOT_TESTED : t;
  }

  private static void require(String where, String field, Object value) {
    if (value == null) {
      throw ClinicalMessages.error("safety.missing", where, field);
    }
  }
}
