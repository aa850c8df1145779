package org.celltrial.clinical.grading.icaht;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.celltrial.clinical.grading.GradingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The early ICAHT vectors ICH-01 to ICH-11 (section 3.1) and the duration boundaries. */
class EarlyIcahtTest {
  /** Days 0..last at {@code normal}/µL, then each "from-to:value" range overridden. */
  static NavigableMap<Integer, BigDecimal> days(int last, String... ranges) {
    NavigableMap<Integer, BigDecimal> m = new TreeMap<>();
    for (int d = 0; d <= last; d++) {
      m.put(d, new BigDecimal(2000));
    }
    for (String r : ranges) {
      String[] p = r.split("[-:]");
      for (int d = Integer.parseInt(p[0]); d <= Integer.parseInt(p[1]); d++) {
        m.put(d, new BigDecimal(p[2]));
      }
    }
    return m;
  }

  static int grade(NavigableMap<Integer, BigDecimal> m) {
    return EarlyIcaht.grade(m, IcahtParameters.DEFAULT).grade();
  }

  @Test
  void ich01NeverAt500() {
    assertThat(grade(days(30))).isZero();
  }

  @Test
  void ich02SixDaysIsGrade1() {
    assertThat(grade(days(30, "5-10:400"))).isEqualTo(1);
  }

  @Test
  void ich03SevenDaysIsGrade2() {
    assertThat(grade(days(30, "5-11:400"))).isEqualTo(2);
  }

  @Test
  void ich04FourteenDaysAt500IsGrade3() {
    var r = EarlyIcaht.grade(days(30, "3-16:300"), IcahtParameters.DEFAULT);
    assertThat(r.grade()).isEqualTo(3);
    assertThat(r.longest500()).isEqualTo(new Run(3, 16));
    assertThat(r.system()).isEqualTo(GradingSystem.EHA_EBMT_2023);
  }

  @Test
  void ich05TwoDayRecoveryIsJoinedAndCounted() {
    var r = EarlyIcaht.grade(days(30, "3-9:300", "12-16:300"), IcahtParameters.DEFAULT);
    assertThat(r.longest500().days()).isEqualTo(14);
    assertThat(r.grade()).isEqualTo(3);
  }

  @Test
  void ich06ThreeDayRecoveryEndsTheRun() {
    var r = EarlyIcaht.grade(days(30, "3-9:300", "13-17:300"), IcahtParameters.DEFAULT);
    assertThat(r.longest500()).isEqualTo(new Run(3, 9));
    assertThat(r.grade()).isEqualTo(2);
  }

  @Test
  void ich07SevenDaysAt100IsGrade3() {
    assertThat(grade(days(30, "2-12:400", "4-10:50"))).isEqualTo(3);
  }

  @Test
  void ich08FourteenDaysAt100IsGrade4() {
    assertThat(grade(days(30, "4-17:50"))).isEqualTo(4);
  }

  @Test
  void ich09NeverRecoveredIsGrade4() {
    assertThat(grade(days(30, "0-30:450"))).isEqualTo(4);
  }

  @Test
  void ich10DeathWithoutRecoveryIsGrade4() {
    var r = EarlyIcaht.grade(days(16, "2-16:300"), IcahtParameters.DEFAULT);
    assertThat(r.grade()).isEqualTo(4);
    assertThat(r.reasons().get(0).key()).isEqualTo("icaht.early.neverRecovered");
  }

  @Test
  void ich11Exactly500CountsAsAtOrBelow() {
    assertThat(grade(days(30, "5-12:500"))).isEqualTo(2);
  }

  @Test
  void aRunStartingAfterDay3AndOngoingIsGradedByDuration() {
    assertThat(grade(days(30, "4-30:300"))).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} days at 400 -> {1}")
  @CsvSource({"1, 1", "6, 1", "7, 2", "13, 2", "14, 3"})
  void durationBoundariesAt500(int length, int expected) {
    assertThat(grade(days(30, "5-" + (4 + length) + ":400"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} days at 100 -> {1}")
  @CsvSource({"6, 2", "7, 3", "13, 3", "14, 4"})
  void durationBoundariesAt100(int length, int expected) {
    // ≤ 100 inside a ≤ 500 run one day longer on each side (so 6 days at 100 = 8 days at 500)
    String run100 = "5-" + (4 + length) + ":100";
    String run500 = "4-" + (5 + length) + ":400";
    assertThat(grade(days(30, run500, run100))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "ANC {0} for 7 days -> {1}")
  @CsvSource({"499, 2", "500, 2", "501, 0", "99, 3", "100, 3", "101, 2"})
  void thresholdsAreInclusive(int value, int expected) {
    assertThat(grade(days(30, "5-11:" + value))).isEqualTo(expected);
  }

  @Test
  void gapsUpToSevenDaysAreInterpolatedAndLongerGapsBreakRuns() {
    NavigableMap<Integer, BigDecimal> weekly = new TreeMap<>();
    weekly.put(0, new BigDecimal(2000));
    weekly.put(5, new BigDecimal(200));
    weekly.put(13, new BigDecimal(300)); // 7 missing days: interpolated, all <= 500
    weekly.put(21, new BigDecimal(3000)); // 7 missing days: 300 + 337.5 k
    var r = EarlyIcaht.grade(weekly, IcahtParameters.DEFAULT);
    // days 5..13 at or below 500; day 14 = 637.5 > 500
    assertThat(r.longest500()).isEqualTo(new Run(5, 13));
    assertThat(r.interpolatedDays()).hasSize(4 + 7 + 7);
    NavigableMap<Integer, BigDecimal> sparse = new TreeMap<>();
    sparse.put(2, new BigDecimal(200));
    sparse.put(11, new BigDecimal(200)); // 8 missing days: not interpolated
    sparse.put(12, new BigDecimal(900));
    var s = EarlyIcaht.grade(sparse, IcahtParameters.DEFAULT);
    assertThat(s.interpolatedDays()).isEmpty();
    assertThat(s.longest500()).isEqualTo(new Run(2, 2));
    assertThat(s.grade()).isEqualTo(1);
  }

  @Test
  void interpolationGapIsAParameter() {
    NavigableMap<Integer, BigDecimal> m = new TreeMap<>();
    m.put(5, new BigDecimal(200));
    m.put(14, new BigDecimal(300)); // 8 missing days
    m.put(15, new BigDecimal(900));
    IcahtParameters eight = new IcahtParameters(8, 3, 30, 100, true, 28, 3, 90);
    assertThat(EarlyIcaht.grade(m, eight).longest500()).isEqualTo(new Run(5, 14));
    assertThat(EarlyIcaht.grade(m, IcahtParameters.DEFAULT).longest500().days()).isEqualTo(1);
  }
}
