package org.celltrial.stats.riskset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TimeOrderTest {

  @Property(tries = 300)
  void ordersByStratumThenTimeAndIsAPermutation(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 30) Integer> times,
      @ForAll boolean stratified) {
    int n = times.size();
    double[] time = times.stream().mapToDouble(t -> t / 4.0).toArray();
    int[] strata = stratified ? times.stream().mapToInt(t -> (t * 7) % 3 - 1).toArray() : null;
    int[] order = TimeOrder.of(time, strata);
    assertThat(Arrays.stream(order).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.range(0, n).toArray());
    for (int k = 1; k < n; k++) {
      int a = order[k - 1];
      int b = order[k];
      if (strata != null && strata[a] != strata[b]) {
        assertThat(strata[a]).isLessThan(strata[b]);
      } else {
        assertThat(time[a]).isLessThanOrEqualTo(time[b]);
      }
    }
  }
}
