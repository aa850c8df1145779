package org.celltrial.clinical.grading.crs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.BodyTemperature;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.GradeAndReasons;
import org.celltrial.common.i18n.Message;

/**
 * The ASTCT CRS grade of one assessment (Lee et al., Biol Blood Marrow Transplant 2019;25:625-638,
 * Table "ASTCT CRS consensus grading"; guideline G-SAF-1).
 *
 * <p>CRS needs fever ≥ 38.0 °C not attributable to another cause, unless fever is masked (CRS has
 * begun and antipyretics or anti-cytokine therapy were given; then an assessment without
 * hypotension or oxygen support is grade 0). Then grade = max(1, H, O) with H = 2 for hypotension
 * without vasopressors, 3 for one vasopressor with or without vasopressin, 4 for several
 * vasopressors excluding vasopressin, and O = the oxygen device's grade ({@link OxygenDevice}).
 * Death from CRS is grade 5. Organ toxicities do not change the grade.
 */
public final class CrsGrader {
  /** Fever threshold, inclusive: 38.0 °C is fever, 37.9 °C is not. */
  static final BigDecimal FEVER = new BigDecimal("38.0");

  /** Low-flow nasal cannula limit, inclusive: 6 L/min is low flow, more is high flow. */
  static final BigDecimal LOW_FLOW = new BigDecimal("6");

  private CrsGrader() {}

  /**
   * Grades one assessment.
   *
   * @param o the assessment
   * @param feverMasked the reason fever is not required (CRS ongoing and treated), {@code null} if
   *     it is required
   * @throws org.celltrial.common.i18n.CelltrialException when the assessment is impossible or
   *     ungradable, naming the field and value
   */
  public static GradeAndReasons grade(CrsObservation o, Message feverMasked) {
    List<CrsFinding> other = Choices.parseAll(CrsFinding.class, o.otherCause(), "otherCause");
    List<Vasopressor> pressors =
        Choices.parseAll(Vasopressor.class, o.vasopressors(), "vasopressors");
    OxygenDevice device =
        o.oxygen() == null
            ? OxygenDevice.NONE
            : Choices.parse(OxygenDevice.class, o.oxygen(), "oxygen");
    int oxygenGrade = oxygenGrade(device, o.oxygenFlowLitresPerMinute());
    if (Boolean.TRUE.equals(o.diedOfCrs())) {
      return new GradeAndReasons(5, List.of(ClinicalMessages.of("crs.death")));
    }
    double t = BodyTemperature.check("temperatureCelsius", o.temperatureCelsius());
    List<Message> reasons = new ArrayList<>();
    boolean fever = BigDecimal.valueOf(t).compareTo(FEVER) >= 0;
    if (fever && other.contains(CrsFinding.FEVER)) {
      reasons.add(ClinicalMessages.of("crs.fever.otherCause", t));
      fever = false;
    } else {
      reasons.add(ClinicalMessages.of(fever ? "crs.fever" : "crs.fever.none", t));
    }
    if (!fever && feverMasked == null) {
      reasons.add(ClinicalMessages.of("crs.notCrs"));
      return new GradeAndReasons(0, reasons);
    }
    if (!fever) {
      reasons.add(feverMasked);
    }
    int grade = 1;
    int h = hypotensionGrade(o, pressors, other, reasons);
    if (oxygenGrade > 0) {
      if (other.contains(CrsFinding.HYPOXIA)) {
        reasons.add(ClinicalMessages.of("crs.oxygen.otherCause", Choices.label(device)));
        oxygenGrade = 0;
      } else {
        reasons.add(oxygenReason(device, o.oxygenFlowLitresPerMinute(), oxygenGrade));
      }
    }
    if (!fever && h == 0 && oxygenGrade == 0) {
      reasons.add(ClinicalMessages.of("crs.masked.noSupport"));
      return new GradeAndReasons(0, reasons);
    }
    grade = Math.max(grade, Math.max(h, oxygenGrade));
    return new GradeAndReasons(grade, reasons);
  }

  private static int oxygenGrade(OxygenDevice device, Double flow) {
    if (flow != null && !(flow >= 0)) {
      throw ClinicalMessages.error("crs.flow.negative", flow);
    }
    if (device != OxygenDevice.NASAL_CANNULA) {
      return device.grade();
    }
    if (flow == null) {
      throw ClinicalMessages.error("crs.flow.missing");
    }
    return BigDecimal.valueOf(flow).compareTo(LOW_FLOW) <= 0 ? 2 : 3;
  }

  private static Message oxygenReason(OxygenDevice device, Double flow, int grade) {
    if (device == OxygenDevice.NASAL_CANNULA) {
      return ClinicalMessages.of(grade == 2 ? "crs.oxygen.lowFlow" : "crs.oxygen.highFlow", flow);
    }
    return ClinicalMessages.of("crs.oxygen.device", Choices.label(device), grade);
  }

  private static int hypotensionGrade(
      CrsObservation o, List<Vasopressor> pressors, List<CrsFinding> other, List<Message> reasons) {
    List<String> counted = new ArrayList<>();
    for (Vasopressor v : pressors) {
      if (v != Vasopressor.VASOPRESSIN && !counted.contains(Choices.label(v))) {
        counted.add(Choices.label(v));
      }
    }
    boolean vasopressin = pressors.contains(Vasopressor.VASOPRESSIN);
    boolean hypotension = Boolean.TRUE.equals(o.hypotension()) || !pressors.isEmpty();
    if (!hypotension) {
      return 0;
    }
    if (other.contains(CrsFinding.HYPOTENSION)) {
      reasons.add(ClinicalMessages.of("crs.hypotension.otherCause"));
      return 0;
    }
    if (counted.size() >= 2) {
      reasons.add(ClinicalMessages.of("crs.hypotension.several", String.join(" + ", counted)));
      return 4;
    }
    if (counted.size() == 1) {
      reasons.add(
          ClinicalMessages.of(
              "crs.hypotension.one", counted.get(0) + (vasopressin ? " + vasopressin" : "")));
      return 3;
    }
    if (vasopressin) {
      reasons.add(ClinicalMessages.of("crs.hypotension.vasopressinOnly"));
      return 3;
    }
    reasons.add(ClinicalMessages.of("crs.hypotension.fluids"));
    return 2;
  }
}
