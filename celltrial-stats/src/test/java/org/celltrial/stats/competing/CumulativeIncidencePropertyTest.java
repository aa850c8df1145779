package org.celltrial.stats.competing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the Aalen–Johansen estimate on arbitrary data with ties and censoring. */
class CumulativeIncidencePropertyTest {

  /**
   * Σ_causes F_c(t) + S(t) = 1 at every observed time, S the all-cause Kaplan–Meier computed here
   * from its definition; each F_c is non-decreasing within [0, 1].
   */
  @Property(tries = 300)
  void incidencesAndAllCauseSurvivalAddUpToOne(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 12) Integer> times,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3) Integer> codes) {
    int n = times.size();
    double[] time = times.stream().mapToDouble(Integer::doubleValue).toArray();
    int[] status = codes.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
    Assume.that(Arrays.stream(status).anyMatch(s -> s != 0));
    List<IncidenceCurve> curves = CumulativeIncidence.estimate(time, status);
    double[] grid = Arrays.stream(time).distinct().sorted().toArray();
    for (double t : grid) {
      double total = kaplanMeier(time, status, t);
      for (IncidenceCurve curve : curves) {
        total += curve.at(t, 0.95).estimate();
      }
      assertThat(total).as("sum at t = %s", t).isCloseTo(1.0, within(1e-12));
    }
    for (IncidenceCurve curve : curves) {
      double[] f = curve.estimate();
      for (int i = 0; i < f.length; i++) {
        assertThat(f[i]).isBetween(0.0, 1.0 + 1e-15);
        if (i > 0) {
          assertThat(f[i]).isGreaterThanOrEqualTo(f[i - 1]);
        }
      }
    }
  }

  /** Product over distinct event times u ≤ t of (1 − events(u) / at risk(u)). */
  private static double kaplanMeier(double[] time, int[] status, double t) {
    double s = 1;
    for (double u : Arrays.stream(time).distinct().sorted().toArray()) {
      if (u > t) {
        break;
      }
      int atRisk = 0;
      int events = 0;
      for (int i = 0; i < time.length; i++) {
        atRisk += time[i] >= u ? 1 : 0;
        events += time[i] == u && status[i] != 0 ? 1 : 0;
      }
      s *= 1 - (double) events / atRisk;
    }
    return s;
  }
}
