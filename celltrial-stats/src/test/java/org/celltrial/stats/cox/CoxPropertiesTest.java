package org.celltrial.stats.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.celltrial.common.i18n.CelltrialException;

/** Invariants of the Cox fit that hold for any data, and the concordance against brute force. */
class CoxPropertiesTest {
  private static final double TOLERANCE = 1e-8;

  /** Tied times, a binary and a continuous covariate, two strata. */
  record Sample(double[] time, int[] event, double[] binary, double[] score, int[] strata) {
    static Sample of(
        List<Integer> t, List<Integer> e, List<Integer> b, List<Integer> s, List<Integer> st) {
      return new Sample(
          t.stream().mapToDouble(Integer::doubleValue).toArray(),
          e.stream().mapToInt(Integer::intValue).toArray(),
          b.stream().mapToDouble(Integer::doubleValue).toArray(),
          s.stream().mapToDouble(Integer::doubleValue).toArray(),
          st.stream().mapToInt(Integer::intValue).toArray());
    }

    boolean usable() {
      return Arrays.stream(event).sum() >= 3
          && Arrays.stream(binary).distinct().count() == 2
          && Arrays.stream(score).distinct().count() > 2
          && variesWithinAStratum(binary);
    }

    /** A covariate constant within every stratum is not estimable in a stratified fit. */
    private boolean variesWithinAStratum(double[] x) {
      for (int k = 0; k <= 1; k++) {
        final int stratum = k;
        long levels =
            java.util.stream.IntStream.range(0, x.length)
                .filter(i -> strata[i] == stratum)
                .mapToDouble(i -> x[i])
                .distinct()
                .count();
        if (levels > 1) {
          return true;
        }
      }
      return false;
    }

    /** The fit; samples where a covariate carries no information (R gives NA) are skipped. */
    CoxFit fit(double[] b, Ties ties) {
      try {
        return CoxRegression.fit(
            time,
            event,
            strata,
            List.of(new Covariate.Numeric("b", b), new Covariate.Numeric("s", score)),
            ties);
      } catch (CelltrialException e) {
        Assume.that(!e.detail().key().equals("cox.singular"));
        throw e;
      }
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.integers()
        .between(12, 50)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 15).list().ofSize(n),
                        Arbitraries.integers().between(0, 1).list().ofSize(n),
                        Arbitraries.integers().between(0, 1).list().ofSize(n),
                        Arbitraries.integers().between(0, 6).list().ofSize(n),
                        Arbitraries.integers().between(0, 1).list().ofSize(n))
                    .as(Sample::of))
        .filter(Sample::usable);
  }

  @Property(tries = 150)
  void flippingABinaryCovariateNegatesItsCoefficient(
      @ForAll("samples") Sample s, @ForAll Ties ties) {
    CoxFit fit = s.fit(s.binary(), ties);
    Assume.that(fit.warnings().isEmpty());
    double[] flipped = Arrays.stream(s.binary()).map(b -> 1 - b).toArray();
    CoxFit other = s.fit(flipped, ties);
    assertThat(other.coef()[0]).isCloseTo(-fit.coef()[0], within(fit.coef()[0]));
    assertThat(other.coef()[1]).isCloseTo(fit.coef()[1], within(fit.coef()[1]));
    assertThat(other.se()[0]).isCloseTo(fit.se()[0], within(fit.se()[0]));
    assertThat(other.loglik()).isCloseTo(fit.loglik(), within(fit.loglik()));
    assertThat(other.coefficients(0.95).get(0).hr())
        .isCloseTo(
            1 / fit.coefficients(0.95).get(0).hr(), within(1 / fit.coefficients(0.95).get(0).hr()));
  }

  @Property(tries = 150)
  void permutingRowsChangesNothing(@ForAll("samples") Sample s, @ForAll Ties ties) {
    CoxFit fit = s.fit(s.binary(), ties);
    Assume.that(fit.warnings().isEmpty());
    int n = s.time().length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = (i * 7 + 3) % n;
    }
    Assume.that(Arrays.stream(perm).distinct().count() == n);
    Sample p =
        new Sample(
            permute(s.time(), perm),
            permute(s.event(), perm),
            permute(s.binary(), perm),
            permute(s.score(), perm),
            permute(s.strata(), perm));
    CoxFit other = p.fit(p.binary(), ties);
    for (int j = 0; j < 2; j++) {
      assertThat(other.coef()[j])
          .isCloseTo(fit.coef()[j], within(1e-8 * (1 + Math.abs(fit.coef()[j]))));
      assertThat(other.se()[j]).isCloseTo(fit.se()[j], within(1e-8 * (1 + fit.se()[j])));
    }
    // NaN (no comparable pair) on both sides is the same answer.
    assertThat(Double.compare(other.concordance().estimate(), fit.concordance().estimate()))
        .isZero();
  }

  @Property(tries = 200)
  void concordanceMatchesPairByPairCounting(@ForAll("samples") Sample s) {
    // one stratum per code; predictor = the integer score, so ties in it are exact
    int n = s.time().length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            s.strata()[a] != s.strata()[b]
                ? Integer.compare(s.strata()[a], s.strata()[b])
                : Double.compare(s.time()[a], s.time()[b]));
    double[] t = new double[n];
    boolean[] e = new boolean[n];
    boolean[] last = new boolean[n];
    double[] lp = new double[n];
    int[] st = new int[n];
    for (int k = 0; k < n; k++) {
      t[k] = s.time()[order[k]];
      e[k] = s.event()[order[k]] == 1;
      lp[k] = s.score()[order[k]];
      st[k] = s.strata()[order[k]];
    }
    for (int k = 0; k < n; k++) {
      last[k] = k == n - 1 || st[k + 1] != st[k];
    }
    long[][] counts = new long[3][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        boolean comparable =
            i != j && e[i] && st[i] == st[j] && (t[j] > t[i] || (t[j] == t[i] && !e[j]));
        if (comparable) {
          int kind = lp[i] > lp[j] ? 0 : lp[i] < lp[j] ? 1 : 2;
          counts[kind][i]++;
          counts[kind][j]++;
        }
      }
    }
    double c = Arrays.stream(counts[0]).sum() / 2.0;
    double d = Arrays.stream(counts[1]).sum() / 2.0;
    double tied = Arrays.stream(counts[2]).sum() / 2.0;
    double pairs = c + d + tied;
    Assume.that(pairs > 0);
    double somers = (c - d) / pairs;
    double var = 0;
    for (int i = 0; i < n; i++) {
      double f =
          (counts[0][i] - counts[1][i]) / pairs
              - somers * (counts[0][i] + counts[1][i] + counts[2][i]) / pairs;
      var += f * f / 4;
    }
    HarrellConcordance h = HarrellConcordance.of(t, e, last, lp);
    assertThat(h.estimate()).isCloseTo((c + tied / 2) / pairs, within(h.estimate()));
    assertThat(h.se()).isCloseTo(Math.sqrt(var), within(Math.sqrt(var)));
  }

  private static org.assertj.core.data.Offset<Double> within(double value) {
    return org.assertj.core.data.Offset.offset(Math.max(TOLERANCE * Math.abs(value), 1e-10));
  }

  private static double[] permute(double[] a, int[] perm) {
    return Arrays.stream(perm).mapToDouble(i -> a[i]).toArray();
  }

  private static int[] permute(int[] a, int[] perm) {
    return Arrays.stream(perm).map(i -> a[i]).toArray();
  }
}
