package org.celltrial.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Property(tries = 50)
  void mapKeepsItemOrder(@ForAll @IntRange(min = 0, max = 200) int n) {
    List<Integer> items = IntStream.range(0, n).boxed().toList();
    assertThat(Parallel.map(items, i -> i * 3)).isEqualTo(items.stream().map(i -> i * 3).toList());
  }

  @Test
  void theFirstFailingItemIsReportedWhicheverFinishesFirst() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    for (int run = 0; run < 20; run++) {
      assertThatThrownBy(
              () ->
                  Parallel.map(
                      items,
                      i -> {
                        if (i == 30 || i == 90) {
                          throw new IllegalArgumentException("item " + i);
                        }
                        return i;
                      }))
          .hasMessage("item 30");
    }
  }

  @Test
  void allReturnsResultsInTheOrderGivenAndRethrowsIoExceptions() throws IOException {
    List<Callable<String>> parts =
        List.of(
            () -> {
              Thread.sleep(50);
              return "slow";
            },
            () -> "fast");
    assertThat(Parallel.all(parts)).containsExactly("slow", "fast");
    List<Callable<String>> failing =
        List.of(
            () -> "ok",
            () -> {
              throw new IOException("disk full");
            });
    assertThatThrownBy(() -> Parallel.all(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
