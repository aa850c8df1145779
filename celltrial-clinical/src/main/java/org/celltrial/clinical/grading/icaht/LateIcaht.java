package org.celltrial.clinical.grading.icaht;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Message;

/**
 * Late ICAHT, after day 30 up to {@link IcahtParameters#lateEndDay()} (Rejeski et al. 2023): graded
 * on the nadir ANC, ≤ 1500/µL → 1, ≤ 1000 → 2, ≤ 500 → 3, ≤ 100 → 4. The consensus asks for the low
 * count on at least two occasions: the nadir grades only when the second-lowest value is also ≤
 * 1500 (otherwise the dip was transient, grade 0), or when it is the only value and {@link
 * IcahtParameters#lateSingleValue()} allows it (as the Liang implementation does).
 */
public final class LateIcaht {
  private static final BigDecimal[] CUTS = {
    new BigDecimal(1500), new BigDecimal(1000), new BigDecimal(500), new BigDecimal(100)
  };

  private LateIcaht() {}

  /**
   * The grade and its reasons.
   *
   * @param grade 0-4, {@code null} when there is no value in the window
   * @param system EHA/EBMT 2023
   * @param nadir the lowest ANC (/µL) in the window, {@code null} if none
   * @param nadirDay its day, -1 if none
   * @param values how many daily values the window holds
   * @param reasons which value and rule decided
   */
  public record Result(
      Integer grade,
      GradingSystem system,
      BigDecimal nadir,
      int nadirDay,
      int values,
      List<Message> reasons) {}

  /** Grades late ICAHT from the lowest ANC (/µL) per study day. */
  public static Result grade(NavigableMap<Integer, BigDecimal> daily, IcahtParameters p) {
    NavigableMap<Integer, BigDecimal> window =
        daily.subMap(p.earlyEndDay(), false, p.lateEndDay(), true);
    List<Message> reasons = new ArrayList<>();
    if (window.isEmpty()) {
      reasons.add(ClinicalMessages.of("icaht.late.noData", p.earlyEndDay(), p.lateEndDay()));
      return new Result(null, GradingSystem.EHA_EBMT_2023, null, -1, 0, reasons);
    }
    List<Integer> days = new ArrayList<>(window.keySet());
    days.sort((a, b) -> window.get(a).compareTo(window.get(b)));
    int nadirDay = days.get(0);
    BigDecimal nadir = window.get(nadirDay);
    String n = nadir.stripTrailingZeros().toPlainString();
    int byNadir = 0;
    for (BigDecimal cut : CUTS) {
      byNadir += nadir.compareTo(cut) <= 0 ? 1 : 0;
    }
    int grade = byNadir;
    if (byNadir == 0) {
      reasons.add(ClinicalMessages.of("icaht.late.none", n, nadirDay));
    } else if (days.size() == 1 && !p.lateSingleValue()) {
      grade = 0;
      reasons.add(ClinicalMessages.of("icaht.late.singleRefused", n, nadirDay));
    } else if (days.size() == 1) {
      reasons.add(ClinicalMessages.of("icaht.late.single", n, nadirDay, grade));
    } else {
      BigDecimal second = window.get(days.get(1));
      if (second.compareTo(CUTS[0]) > 0) {
        grade = 0;
        reasons.add(
            ClinicalMessages.of(
                "icaht.late.transient", n, nadirDay, second.stripTrailingZeros().toPlainString()));
      } else {
        reasons.add(
            ClinicalMessages.of(
                "icaht.late.nadir",
                n,
                nadirDay,
                second.stripTrailingZeros().toPlainString(),
                grade));
      }
    }
    return new Result(grade, GradingSystem.EHA_EBMT_2023, nadir, nadirDay, days.size(), reasons);
  }
}
