package org.celltrial.clinical.grading.icans;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.Choices;
import org.celltrial.clinical.grading.GradeAndReasons;
import org.celltrial.common.i18n.Message;

/**
 * The ASTCT ICANS grade of one assessment (Lee et al. 2019, Tables 6 and 8; guideline G-SAF-1): the
 * highest grade over the domains encephalopathy (ICE, or CAPD below the age cut-off),
 * consciousness, seizure, motor findings and raised intracranial pressure, counting only findings
 * not attributed to another cause. CAPD 1-8 is grade 1 (grade 2 comes from consciousness); CAPD ≥ 9
 * is grade 3. Death from ICANS is grade 5.
 */
public final class IcansGrader {
  /** CAPD total at or above which delirium is present: grade 3. */
  static final int CAPD_DELIRIUM = 9;

  private IcansGrader() {}

  /**
   * Grades one assessment.
   *
   * @param ageYears the subject's age in whole years
   * @param capdBelowAge children younger than this are assessed with CAPD (ASTCT: 12)
   * @throws org.celltrial.common.i18n.CelltrialException when the assessment is impossible
   */
  public static GradeAndReasons grade(IcansObservation o, int ageYears, int capdBelowAge) {
    List<IcansDomain> other = Choices.parseAll(IcansDomain.class, o.otherCause(), "otherCause");
    Consciousness loc =
        o.consciousness() == null
            ? Consciousness.AWAKE
            : Choices.parse(Consciousness.class, o.consciousness(), "consciousness");
    Seizure seizure =
        o.seizure() == null ? Seizure.NONE : Choices.parse(Seizure.class, o.seizure(), "seizure");
    MotorFinding motor =
        o.motor() == null
            ? MotorFinding.NONE
            : Choices.parse(MotorFinding.class, o.motor(), "motor");
    IntracranialFinding icp =
        o.intracranialPressure() == null
            ? IntracranialFinding.NONE
            : Choices.parse(
                IntracranialFinding.class, o.intracranialPressure(), "intracranialPressure");
    List<Message> reasons = new ArrayList<>();
    int encephalopathy = encephalopathy(o, ageYears, capdBelowAge, reasons);
    if (Boolean.TRUE.equals(o.diedOfIcans())) {
      return new GradeAndReasons(5, List.of(ClinicalMessages.of("icans.death")));
    }
    int grade = 0;
    grade =
        Math.max(grade, domain(IcansDomain.ENCEPHALOPATHY, encephalopathy, null, other, reasons));
    grade = Math.max(grade, domain(IcansDomain.CONSCIOUSNESS, loc.grade(), loc, other, reasons));
    grade = Math.max(grade, domain(IcansDomain.SEIZURE, seizure.grade(), seizure, other, reasons));
    grade = Math.max(grade, domain(IcansDomain.MOTOR, motor.grade(), motor, other, reasons));
    grade =
        Math.max(
            grade, domain(IcansDomain.INTRACRANIAL_PRESSURE, icp.grade(), icp, other, reasons));
    if (motor == MotorFinding.TREMOR || motor == MotorFinding.MYOCLONUS) {
      reasons.add(ClinicalMessages.of("icans.motor.notIcans", Choices.label(motor)));
    }
    if (icp == IntracranialFinding.INTRACRANIAL_HEMORRHAGE) {
      reasons.add(ClinicalMessages.of("icans.hemorrhage"));
    }
    return new GradeAndReasons(grade, reasons);
  }

  private static int domain(
      IcansDomain domain,
      int grade,
      Enum<?> finding,
      List<IcansDomain> other,
      List<Message> reasons) {
    if (grade == 0) {
      return 0;
    }
    if (other.contains(domain)) {
      reasons.add(ClinicalMessages.of("icans.otherCause", Choices.label(domain), grade));
      return 0;
    }
    if (finding != null) {
      reasons.add(
          ClinicalMessages.of(
              "icans.finding", Choices.label(domain), Choices.label(finding), grade));
    }
    return grade;
  }

  /** The encephalopathy domain's grade from ICE or CAPD, with its reason. */
  private static int encephalopathy(
      IcansObservation o, int ageYears, int capdBelowAge, List<Message> reasons) {
    boolean child = ageYears < capdBelowAge;
    if (o.ice() != null && o.capd() != null) {
      throw ClinicalMessages.error("icans.both");
    }
    if (o.ice() != null) {
      if (child) {
        throw ClinicalMessages.error("icans.age.child", ageYears, capdBelowAge);
      }
      int score = IceScore.total(o.ice());
      int g = IceScore.grade(score);
      reasons.add(ClinicalMessages.of("icans.ice", score, g));
      return g;
    }
    if (o.capd() != null) {
      if (!child) {
        throw ClinicalMessages.error("icans.age.adult", ageYears, capdBelowAge);
      }
      int capd = o.capd();
      if (capd < 0 || capd > 32) {
        throw ClinicalMessages.error("icans.capd.range", capd);
      }
      int g = capd == 0 ? 0 : capd < CAPD_DELIRIUM ? 1 : 3;
      reasons.add(ClinicalMessages.of("icans.capd", capd, g));
      return g;
    }
    reasons.add(ClinicalMessages.of(child ? "icans.capd.notDone" : "icans.ice.notDone"));
    return 0;
  }
}
