package org.celltrial.clinical.grading.icaht;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.celltrial.clinical.ClinicalMessages;
import org.celltrial.clinical.grading.GradingSystem;
import org.celltrial.common.i18n.Message;

/**
 * Early ICAHT, days 0-30 (Rejeski et al. 2023; episode rules as in the Liang automated grading):
 *
 * <ul>
 *   <li>4: longest run of ANC ≤ 100/µL ≥ 14 days, or a run of ANC ≤ 500/µL that starts on days 0-3
 *       and is still going on at the last available value (never recovered, early death);
 *   <li>3: longest ANC ≤ 100 run 7-13 days, or longest ANC ≤ 500 run ≥ 14 days;
 *   <li>2: longest ANC ≤ 500 run 7-13 days; 1: 1-6 days; 0: ANC never ≤ 500.
 * </ul>
 *
 * One value per day (the lowest); gaps of up to {@link IcahtParameters#maxInterpolatedGap()} days
 * are linearly interpolated; runs separated by fewer than {@link
 * IcahtParameters#stableRecoveryDays()} days above the threshold are joined, the gap counted.
 */
public final class EarlyIcaht {
  static final BigDecimal ANC_500 = new BigDecimal(500);
  static final BigDecimal ANC_100 = new BigDecimal(100);
  static final int NEVER_RECOVERED_START = 3;

  private EarlyIcaht() {}

  /**
   * The grade and its reasons.
   *
   * @param grade 0-4
   * @param system EHA/EBMT 2023
   * @param longest500 the longest joined run at or below 500/µL, {@code null} if none
   * @param longest100 the longest joined run at or below 100/µL, {@code null} if none
   * @param lastDay the last day with a value in the window, -1 when there is none
   * @param interpolatedDays the days whose value was interpolated
   * @param reasons which run or rule decided
   */
  public record Result(
      int grade,
      GradingSystem system,
      Run longest500,
      Run longest100,
      int lastDay,
      List<Integer> interpolatedDays,
      List<Message> reasons) {}

  /**
   * Grades early ICAHT from the lowest ANC (/µL) per study day.
   *
   * @param daily lowest ANC per day; days outside 0..earlyEndDay are ignored
   */
  public static Result grade(NavigableMap<Integer, BigDecimal> daily, IcahtParameters p) {
    NavigableMap<Integer, BigDecimal> window = daily.subMap(0, true, p.earlyEndDay(), true);
    if (window.isEmpty()) {
      return new Result(
          0,
          GradingSystem.EHA_EBMT_2023,
          null,
          null,
          -1,
          List.of(),
          List.of(ClinicalMessages.of("icaht.early.noData", p.earlyEndDay())));
    }
    int last = window.lastKey();
    BigDecimal[] v = new BigDecimal[last + 1];
    List<Integer> interpolated = new ArrayList<>();
    Map.Entry<Integer, BigDecimal> previous = null;
    for (Map.Entry<Integer, BigDecimal> e : window.entrySet()) {
      v[e.getKey()] = e.getValue();
      if (previous != null) {
        int gap = e.getKey() - previous.getKey() - 1;
        if (gap > 0 && gap <= p.maxInterpolatedGap()) {
          interpolate(v, previous.getKey(), e.getKey(), interpolated);
        }
      }
      previous = e;
    }
    Run r500 = longest(v, ANC_500, p.stableRecoveryDays());
    Run r100 = longest(v, ANC_100, p.stableRecoveryDays());
    List<Message> reasons = new ArrayList<>();
    int d500 = r500 == null ? 0 : r500.days();
    int d100 = r100 == null ? 0 : r100.days();
    Run early = firstRunStartingBy(v, p.stableRecoveryDays());
    boolean neverRecovered = early != null && early.last() == last;
    int grade;
    if (d100 >= 14) {
      grade = 4;
      reasons.add(ClinicalMessages.of("icaht.early.run100", d100, r100.first(), r100.last(), 4));
    } else if (neverRecovered) {
      grade = 4;
      reasons.add(ClinicalMessages.of("icaht.early.neverRecovered", early.first(), last));
    } else if (d100 >= 7) {
      grade = 3;
      reasons.add(ClinicalMessages.of("icaht.early.run100", d100, r100.first(), r100.last(), 3));
    } else if (d500 >= 1) {
      grade = d500 >= 14 ? 3 : d500 >= 7 ? 2 : 1;
      reasons.add(
          ClinicalMessages.of("icaht.early.run500", d500, r500.first(), r500.last(), grade));
    } else {
      grade = 0;
      reasons.add(ClinicalMessages.of("icaht.early.none", last));
    }
    if (!interpolated.isEmpty()) {
      reasons.add(ClinicalMessages.of("icaht.interpolated", interpolated, p.maxInterpolatedGap()));
    }
    return new Result(
        grade, GradingSystem.EHA_EBMT_2023, r500, r100, last, List.copyOf(interpolated), reasons);
  }

  private static void interpolate(BigDecimal[] v, int a, int b, List<Integer> interpolated) {
    BigDecimal step = v[b].subtract(v[a]).divide(BigDecimal.valueOf(b - a), MathContext.DECIMAL64);
    for (int d = a + 1; d < b; d++) {
      v[d] = v[a].add(step.multiply(BigDecimal.valueOf(d - a)), MathContext.DECIMAL64);
      interpolated.add(d);
    }
  }

  /**
   * The joined runs at or below the threshold: a run ends after {@code stable} consecutive days
   * above it, or at a missing day.
   */
  static List<Run> runs(BigDecimal[] v, BigDecimal threshold, int stable) {
    List<Run> runs = new ArrayList<>();
    int first = -1;
    int lastLow = -1;
    for (int d = 0; d < v.length; d++) {
      if (v[d] == null) {
        if (first >= 0) {
          runs.add(new Run(first, lastLow));
          first = -1;
        }
      } else if (v[d].compareTo(threshold) <= 0) {
        if (first < 0) {
          first = d;
        }
        lastLow = d;
      } else if (first >= 0 && d - lastLow >= stable) {
        runs.add(new Run(first, lastLow));
        first = -1;
      }
    }
    if (first >= 0) {
      runs.add(new Run(first, lastLow));
    }
    return runs;
  }

  /** The longest joined run, the earliest among equals; {@code null} when none. */
  static Run longest(BigDecimal[] v, BigDecimal threshold, int stable) {
    Run best = null;
    for (Run r : runs(v, threshold, stable)) {
      if (best == null || r.days() > best.days()) {
        best = r;
      }
    }
    return best;
  }

  private static Run firstRunStartingBy(BigDecimal[] v, int stable) {
    List<Run> runs = runs(v, ANC_500, stable);
    return !runs.isEmpty() && runs.get(0).first() <= NEVER_RECOVERED_START ? runs.get(0) : null;
  }
}
