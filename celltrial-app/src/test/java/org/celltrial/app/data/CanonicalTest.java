package org.celltrial.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

/** Equal short texts, dates and date-times read by {@link JsonInput} are one shared instance. */
class CanonicalTest {
  record Visit(String kind, LocalDate date, LocalDateTime time, List<String> notes) {}

  @Test
  void equalValuesOfTwoInputsAreOneInstance() {
    String json =
        "{\"kind\":\"%s\",\"date\":\"2024-03-01\",\"time\":\"2024-03-01T08:30\",\"notes\":[\"%s\"]}";
    String longText = "x".repeat(Canonical.LONGEST + 1);
    Visit a = JsonInput.parse("a", json.formatted("infusion", longText), Visit.class);
    Visit b = JsonInput.parse("b", json.formatted(new String("infusion"), longText), Visit.class);
    assertThat(b).isEqualTo(a);
    assertThat(b.kind()).isSameAs(a.kind());
    assertThat(b.date()).isSameAs(a.date());
    assertThat(b.time()).isSameAs(a.time());
    // Free text longer than LONGEST is read as it is, not shared.
    assertThat(b.notes().get(0)).isEqualTo(a.notes().get(0)).isNotSameAs(a.notes().get(0));
  }

  @Test
  void aFullTableStopsSharingButStillReturnsTheValue() {
    ConcurrentMap<Integer, Integer> table = new ConcurrentHashMap<>();
    for (int i = 0; i < Canonical.LIMIT; i++) {
      table.put(i, i);
    }
    Integer fresh = Integer.valueOf(Canonical.LIMIT + 1000);
    assertThat(Canonical.shared(table, fresh)).isSameAs(fresh);
    assertThat(table).hasSize(Canonical.LIMIT);
    Integer known = Integer.valueOf(5000);
    assertThat(Canonical.shared(table, Integer.valueOf(5000 + zero()))).isSameAs(table.get(known));
    assertThat(Canonical.shared(table, (Integer) null)).isNull();
  }

  /**
   * Zero, not a constant the compiler folds (Integer.valueOf(5000) is a fresh object each time).
   */
  private static int zero() {
    return Integer.parseInt("0");
  }
}
