package org.celltrial.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.celltrial.stats.rmst.Rmst;

/** Invariants of the Kaplan–Meier estimator on random data sets (seeded, with ties). */
class KaplanMeierPropertyTest {

  @Property
  void survivalIsNonIncreasingWithinTheUnitIntervalAndInsideItsLimits(
      @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 0.9) double censoring,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double level) {
    Sample s = Sample.of(n, seed, censoring);
    for (ConfType type : ConfType.values()) {
      KmCurve c = KaplanMeier.fit(s.time, s.event, null, type, level);
      double[] surv = c.surv();
      double[] lower = c.lower();
      double[] upper = c.upper();
      int counted = 0;
      for (int i = 0; i < c.size(); i++) {
        assertThat(surv[i]).isBetween(0.0, 1.0);
        if (i > 0) {
          assertThat(surv[i]).isLessThanOrEqualTo(surv[i - 1]);
          assertThat(c.nRisk()[i]).isLessThan(c.nRisk()[i - 1]);
        }
        if (!Double.isNaN(lower[i])) {
          assertThat(lower[i]).isBetween(0.0, surv[i]);
          assertThat(upper[i]).isBetween(surv[i], 1.0);
        }
        counted += c.nEvent()[i] + c.nCensor()[i];
      }
      assertThat(counted).isEqualTo(n);
    }
  }

  @Property
  void withoutCensoringTheCurveIsTheEmpiricalSurvivalFunction(
      @ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed) {
    Sample s = Sample.of(n, seed, 0);
    KmCurve c = KaplanMeier.fit(s.time, s.event, null, ConfType.LOG, 0.95);
    double[] time = c.time();
    for (int i = 0; i < c.size(); i++) {
      double t = time[i];
      long above = Arrays.stream(s.time).filter(x -> x > t).count();
      assertThat(c.surv()[i])
          .isCloseTo((double) above / n, org.assertj.core.data.Offset.offset(1e-12));
    }
    // and the RMST is then the sample mean of min(T, tau)
    double tau = c.lastTime() / 2 + 0.25;
    double mean = Arrays.stream(s.time).map(x -> Math.min(x, tau)).average().orElseThrow();
    assertThat(Rmst.of(c, tau, "all").estimate())
        .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, mean)));
  }

  @Property
  void entryAtZeroChangesNothingWhenEveryTimeIsPositive(
      @ForAll @IntRange(min = 1, max = 100) int n,
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 0.9) double censoring) {
    Sample s = Sample.of(n, seed, censoring);
    double[] entry = new double[n];
    KmCurve plain = KaplanMeier.fit(s.time, s.event, null, ConfType.LOG_LOG, 0.9);
    KmCurve late = KaplanMeier.fit(s.time, s.event, entry, ConfType.LOG_LOG, 0.9);
    assertThat(late.nRisk()).containsExactly(plain.nRisk());
    assertThat(late.surv()).containsExactly(plain.surv());
    assertThat(late.upper()).containsExactly(plain.upper());
  }

  @Property
  void groupsAreFittedSeparately(@ForAll @IntRange(min = 2, max = 100) int n, @ForAll long seed) {
    Sample s = Sample.of(n, seed, 0.3);
    int[] group = new int[n];
    group[n - 1] = 1;
    List<KmCurve> curves = KaplanMeier.byGroup(s.time, s.event, group, null, ConfType.LOG, 0.95);
    KmCurve first =
        KaplanMeier.fit(
            Arrays.copyOf(s.time, n - 1), Arrays.copyOf(s.event, n - 1), null, ConfType.LOG, 0.95);
    assertThat(curves.get(0).surv()).containsExactly(first.surv());
    assertThat(curves.get(1).n()).isEqualTo(1);
  }

  /** Integer-valued times (many ties) with random censoring. */
  private record Sample(double[] time, int[] event) {
    static Sample of(int n, long seed, double censoring) {
      Random random = new Random(seed);
      double[] time = new double[n];
      int[] event = new int[n];
      for (int i = 0; i < n; i++) {
        time[i] = 1 + random.nextInt(30);
        event[i] = random.nextDouble() < censoring ? 0 : 1;
      }
      return new Sample(time, event);
    }
  }
}
