package org.celltrial.clinical.grading.icaht;

import java.util.ArrayList;
import java.util.List;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.ctcae.LabGrade;
import org.celltrial.clinical.grading.ctcae.LabTest;
import org.celltrial.common.i18n.Message;

/**
 * Prolonged and late cytopenia (Blood 2023;141:2460 phases; the "grade ≥ 3 not resolved by day 28"
 * convention of CAR-T labels): for neutrophils and platelets,
 *
 * <ul>
 *   <li><b>prolonged</b> when the last value within {@link IcahtParameters#landmarkWindowDays()}
 *       days of {@link IcahtParameters#landmarkDay()} has CTCAE grade ≥ 3; undetermined without a
 *       value in that window;
 *   <li><b>late</b> when any value after {@link IcahtParameters#lateCytopeniaDay()} has CTCAE grade
 *       ≥ 3.
 * </ul>
 */
public final class ProlongedCytopenia {
  private ProlongedCytopenia() {}

  /**
   * The verdict for one lineage.
   *
   * @param test ANC or PLT
   * @param prolonged grade ≥ 3 at the landmark; {@code null} when no value is near it
   * @param landmarkDay the landmark
   * @param landmarkValueDay the day of the value judged, -1 if none
   * @param late grade ≥ 3 after the late-cytopenia day
   * @param lateDay the late-cytopenia day
   * @param reasons which value decided
   */
  public record Verdict(
      LabTest test,
      Boolean prolonged,
      int landmarkDay,
      int landmarkValueDay,
      boolean late,
      int lateDay,
      List<Message> reasons) {}

  /** A graded value on its study day. */
  public record DayGrade(int day, LabGrade grade) {}

  /**
   * Judges one lineage.
   *
   * @param values CTCAE grades of that lineage's values, in time order
   */
  public static Verdict assess(LabTest test, List<DayGrade> values, IcahtParameters p) {
    List<Message> reasons = new ArrayList<>();
    DayGrade atLandmark = null;
    DayGrade lateValue = null;
    for (DayGrade v : values) {
      if (Math.abs(v.day() - p.landmarkDay()) <= p.landmarkWindowDays()) {
        atLandmark = v;
      }
      if (lateValue == null && v.day() > p.lateCytopeniaDay() && severe(v)) {
        lateValue = v;
      }
    }
    Boolean prolonged = null;
    if (atLandmark == null) {
      reasons.add(
          ClinicalMessages.of(
              "cytopenia.noLandmark", test.term(), p.landmarkDay(), p.landmarkWindowDays()));
    } else {
      prolonged = severe(atLandmark);
      reasons.add(
          ClinicalMessages.of(
              prolonged ? "cytopenia.prolonged" : "cytopenia.notProlonged",
              test.term(),
              atLandmark.grade().value().stripTrailingZeros().toPlainString(),
              atLandmark.day(),
              atLandmark.grade().grade() == null ? "0-1" : atLandmark.grade().grade(),
              p.landmarkDay()));
    }
    if (lateValue != null) {
      reasons.add(
          ClinicalMessages.of(
              "cytopenia.late",
              test.term(),
              lateValue.grade().value().stripTrailingZeros().toPlainString(),
              lateValue.day(),
              lateValue.grade().grade(),
              p.lateCytopeniaDay()));
    }
    return new Verdict(
        test,
        prolonged,
        p.landmarkDay(),
        atLandmark == null ? -1 : atLandmark.day(),
        lateValue != null,
        p.lateCytopeniaDay(),
        reasons);
  }

  private static boolean severe(DayGrade v) {
    return v.grade().grade() != null && v.grade().grade() >= 3;
  }
}
