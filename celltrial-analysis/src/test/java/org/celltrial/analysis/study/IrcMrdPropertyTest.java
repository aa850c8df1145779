package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.celltrial.analysis.study.ResponseCourse.MrdSample;
import org.celltrial.clinical.response.Category;
import org.celltrial.clinical.response.bor.TimePoint;
import org.celltrial.clinical.response.imwg.ImwgMrd;
import org.celltrial.clinical.response.imwg.MrdMethod;
import org.celltrial.clinical.response.imwg.MrdTest;
import org.celltrial.design.controls.Indication;

/**
 * Invariants of the IRC progression agreement and of sustained MRD negativity (G-EP-10, G-EP-7).
 */
class IrcMrdPropertyTest {
  private static final LocalDate DAY0 = IrcMrdTablesTest.DAY0;

  /**
   * The cells add up to the subjects read; agreement, EDR and LDR are proportions (or NE with a
   * zero denominator); when the IRC's progression dates are the investigator's, agreement is 1, EDR
   * 0 and LDR NE.
   */
  @Property(tries = 300)
  void progressionCellsAddUpAndRatesAreProportions(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 6) Integer> inv,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<AnalysisSubject> read = new ArrayList<>();
    List<AnalysisSubject> same = new ArrayList<>();
    for (int i = 0; i < inv.size(); i++) {
      Integer a = inv.get(i) == 0 ? null : 60 * inv.get(i);
      int j = (seed + 7 * i) % 7;
      Integer b = j == 0 ? null : 60 * j;
      read.add(withPd("s" + i, a, b));
      same.add(withPd("t" + i, a, a));
    }
    IrcProgression.Counts c = IrcProgression.counts(read);
    assertThat(c.n()).isEqualTo(read.size());
    for (double p : new double[] {c.agreement(), c.early(), c.late()}) {
      if (!Double.isNaN(p)) {
        assertThat(p).isBetween(0.0, 1.0);
      }
    }
    IrcProgression.Counts s = IrcProgression.counts(same);
    assertThat(s.agreement()).isEqualTo(1.0);
    assertThat(s.late()).isNaN();
    if (s.a() > 0) {
      assertThat(s.early()).isZero();
    }
  }

  /**
   * A subject with sustained MRD negativity is MRD-negative; the sustaining sample is at least a
   * year after an earlier negative sample; and the calendar-anniversary rule never sustains earlier
   * than the 365-day rule (an anniversary is always 365 or 366 days later).
   */
  @Property(tries = 300)
  void sustainedImpliesNegativeAndTheAnniversaryIsNeverEarlier(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5) Integer> kinds,
      @ForAll @IntRange(min = 20, max = 200) int gap) {
    List<MrdSample> samples = new ArrayList<>();
    List<MrdTest> tests = new ArrayList<>();
    int day = 28;
    for (int k : kinds) {
      boolean detected = k == 0;
      double sensitivity = k == 1 ? 1e-4 : 1e-5;
      samples.add(
          new MrdSample(DAY0.plusDays(day), "NGS", detected, detected ? 1e-4 : null, sensitivity));
      tests.add(
          new MrdTest(
              DAY0.plusDays(day),
              MrdMethod.NGS,
              detected,
              detected ? 1e-4 : null,
              sensitivity,
              null));
      day += gap;
    }
    List<TimePoint> cr = List.of(IrcMrdTablesTest.tp(1, Category.CR));
    AnalysisSubject s =
        IrcMrdTablesTest.subject("m", false, cr, List.of(), samples, null, null, 5000);
    LocalDate from = SustainedMrd.from(s);
    if (from != null) {
      assertThat(Mrd.negative(s, Mrd.rule(Indication.MM), Indication.MM)).isTrue();
      assertThat(
              samples.stream()
                  .filter(m -> !m.detected() && m.sensitivity() <= 1e-5)
                  .anyMatch(m -> ChronoUnit.DAYS.between(m.date(), from) >= 365))
          .isTrue();
    }
    LocalDate anniversary =
        ImwgMrd.sustainedFrom(tests, t -> t.sensitivity() <= 1e-5, ImwgMrd.YearRule.ANNIVERSARY);
    LocalDate days =
        ImwgMrd.sustainedFrom(tests, t -> t.sensitivity() <= 1e-5, ImwgMrd.YearRule.DAYS_365);
    assertThat(anniversary).isEqualTo(from);
    if (anniversary != null) {
      assertThat(days).isNotNull();
      assertThat(days).isBeforeOrEqualTo(anniversary);
    }
  }

  private static AnalysisSubject withPd(String id, Integer inv, Integer irc) {
    List<TimePoint> invPoints = new ArrayList<>(List.of(IrcMrdTablesTest.tp(28, Category.PR)));
    List<TimePoint> ircPoints = new ArrayList<>(List.of(IrcMrdTablesTest.tp(28, Category.PR)));
    if (inv != null) {
      invPoints.add(IrcMrdTablesTest.tp(28 + inv, Category.PD));
    }
    if (irc != null) {
      ircPoints.add(IrcMrdTablesTest.tp(28 + irc, Category.PD));
    }
    return IrcMrdTablesTest.subject(
        "" + id, false, invPoints, ircPoints, List.of(), inv == null ? null : 28 + inv, null, 900);
  }
}
