package org.celltrial.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.celltrial.app.cli.Numbers;
import org.junit.jupiter.api.Test;

class KmTablesTest {

  @Property(tries = 5000)
  void fastFullPrecisionTextEqualsNumbersPlain(@ForAll double value) {
    assertThat(KmTables.full(value)).isEqualTo(Numbers.plain(value));
  }

  @Property(tries = 2000)
  void smallAndLargeMagnitudesToo(
      @ForAll @net.jqwik.api.constraints.DoubleRange(min = 1, max = 10) double mantissa,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -15, max = 25) int exponent) {
    double value = mantissa * Math.pow(10, exponent);
    assertThat(KmTables.full(value)).isEqualTo(Numbers.plain(value));
    assertThat(KmTables.full(-value)).isEqualTo(Numbers.plain(-value));
  }

  @Test
  void edgeValuesEqualNumbersPlain() {
    for (double v :
        new double[] {
          0,
          -0.0,
          1,
          100,
          1e7,
          1e-3,
          9.999e-4,
          0.9090909090909091,
          1e300,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          123456.5
        }) {
      assertThat(KmTables.full(v)).as("%s", v).isEqualTo(Numbers.plain(v));
    }
  }
}
