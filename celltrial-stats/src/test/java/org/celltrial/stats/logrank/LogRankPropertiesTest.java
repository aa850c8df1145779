package org.celltrial.stats.logrank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.celltrial.common.testing.Reference.assertClose;

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

/** Invariants of the G-rho tests that hold for any data. */
class LogRankPropertiesTest {

  /** A small data set with many ties, three groups and two strata. */
  record Sample(double[] time, int[] event, int[] group, int[] strata, double rho) {
    static Sample of(
        List<Integer> t, List<Integer> e, List<Integer> g, List<Integer> s, double rho) {
      return new Sample(
          t.stream().mapToDouble(Integer::doubleValue).toArray(),
          e.stream().mapToInt(Integer::intValue).toArray(),
          g.stream().mapToInt(Integer::intValue).toArray(),
          s.stream().mapToInt(Integer::intValue).toArray(),
          rho);
    }

    boolean usable() {
      return Arrays.stream(event).sum() > 0
          && Arrays.stream(group).distinct().count() == 3
          && Arrays.stream(event).sum() < event.length;
    }

    /** The test; data where R's survdiff fails too (a singular variance) are skipped. */
    LogRankResult test(int[] groups, int[] strataCodes) {
      try {
        return LogRankTest.compare(time, event, groups, 3, strataCodes, rho);
      } catch (CelltrialException e) {
        Assume.that(!e.detail().key().equals("logrank.singular"));
        throw e;
      }
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.integers()
        .between(6, 40)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 12).list().ofSize(n),
                        Arbitraries.integers().between(0, 1).list().ofSize(n),
                        Arbitraries.integers().between(0, 2).list().ofSize(n),
                        Arbitraries.integers().between(0, 1).list().ofSize(n),
                        Arbitraries.of(0.0, 0.5, 1.0))
                    .as(Sample::of))
        .filter(Sample::usable);
  }

  @Property(tries = 200)
  void statisticIsInvariantToGroupRelabelling(@ForAll("samples") Sample s) {
    int[] relabel = {2, 0, 1};
    int[] relabelled = Arrays.stream(s.group()).map(g -> relabel[g]).toArray();
    LogRankResult a = s.test(s.group(), s.strata());
    LogRankResult b = s.test(relabelled, s.strata());
    assertThat(b.df()).isEqualTo(a.df());
    assertClose("chisq", b.chisq(), a.chisq());
    for (int g = 0; g < 3; g++) {
      assertClose("observed", b.observed()[relabel[g]], a.observed()[g]);
      assertClose("expected", b.expected()[relabel[g]], a.expected()[g]);
    }
  }

  @Property(tries = 200)
  void permutingRowsChangesNothing(@ForAll("samples") Sample s) {
    int n = s.time().length;
    Sample reversed =
        new Sample(
            reverse(s.time()),
            reverse(s.event()),
            reverse(s.group()),
            reverse(s.strata()),
            s.rho());
    LogRankResult a = s.test(s.group(), s.strata());
    LogRankResult b = reversed.test(reversed.group(), reversed.strata());
    assertClose("chisq", b.chisq(), a.chisq());
    assertThat(b.n()).containsExactly(a.n());
    assertThat(n).isEqualTo(reversed.time().length);
  }

  @Property(tries = 200)
  void observedMinusExpectedSumsToZeroForTheLogRank(@ForAll("samples") Sample s) {
    Sample logRank = new Sample(s.time(), s.event(), s.group(), s.strata(), 0);
    LogRankResult r = logRank.test(s.group(), s.strata());
    double sum = 0;
    for (int g = 0; g < 3; g++) {
      sum += r.observed()[g] - r.expected()[g];
    }
    assertThat(Math.abs(sum)).isLessThan(1e-9);
    assertThat(Arrays.stream(r.observed()).sum()).isEqualTo(Arrays.stream(s.event()).sum());
  }

  private static double[] reverse(double[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }

  private static int[] reverse(int[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }
}
