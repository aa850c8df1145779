package org.celltrial.analysis.adam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The two day conventions of ADRS, ADAE and ADLB: ADaM's {@code ADY} has no day 0 and the CAR-T day
 * counts the infusion day as 0.
 */
class DayConventionsTest {
  /**
   * For any infusion date and any date {@code d} days from it: the day from infusion is {@code d};
   * ADY is never 0, is {@code d + 1} from the infusion day on and {@code d} before it, and never
   * fails to grow from one date to the next.
   */
  @Property
  void adyHasNoDayZeroAndFollowsTheCalendar(
      @ForAll @IntRange(min = 0, max = 40_000) int start,
      @ForAll @IntRange(min = -3_000, max = 3_000) int d) {
    LocalDate infusion = LocalDate.of(1990, 1, 1).plusDays(start);
    LocalDate date = infusion.plusDays(d);
    long ady = Vars.studyDay(infusion, date);
    assertThat(Vars.dayFromInfusion(infusion, date)).isEqualTo(d);
    assertThat(ady).isNotZero().isEqualTo(d >= 0 ? d + 1L : d);
    assertThat(Vars.studyDay(infusion, date.plusDays(1))).isGreaterThan(ady);
  }
}
