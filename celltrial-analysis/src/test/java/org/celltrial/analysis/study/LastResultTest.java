package org.celltrial.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LastResultTest {
  @Test
  void theSameArgumentIsComputedOnceAnEqualOneAgain() {
    AtomicInteger calls = new AtomicInteger();
    LastResult<List<Integer>, Integer> sum =
        new LastResult<>(
            l -> {
              calls.incrementAndGet();
              return l.stream().mapToInt(Integer::intValue).sum();
            });
    List<Integer> a = new ArrayList<>(List.of(1, 2, 3));
    assertThat(sum.apply(a)).isEqualTo(6);
    assertThat(sum.apply(a)).isEqualTo(6);
    assertThat(calls).hasValue(1);
    List<Integer> b = new ArrayList<>(List.of(1, 2, 3));
    assertThat(sum.apply(b)).isEqualTo(6);
    assertThat(calls).hasValue(2);
    assertThat(sum.apply(List.of(4))).isEqualTo(4);
    assertThat(sum.apply(b)).isEqualTo(6);
    assertThat(calls).hasValue(4);
  }
}
