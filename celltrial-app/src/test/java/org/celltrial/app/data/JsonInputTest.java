package org.celltrial.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputTest {
  record Regimen(String name, LocalDate start) {}

  record Subject(String id, int age, List<Regimen> history) {}

  @Test
  void readsRecordsWithDates() {
    Subject s =
        JsonInput.parse(
            "s.json",
            "{\"id\":\"S1\",\"age\":40,\"history\":[{\"name\":\"R-CHOP\",\"start\":\"2024-01-31\"}]}",
            Subject.class);
    assertThat(s.history().get(0).start()).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void aMalformedDateNamesItsPath() {
    assertThatThrownBy(
            () ->
                JsonInput.parse(
                    "s.json",
                    "{\"id\":\"S1\",\"age\":40,\"history\":[{\"name\":\"a\",\"start\":\"2024-01-01\"},"
                        + "{\"name\":\"b\",\"start\":\"2024-13-01\"}]}",
                    Subject.class))
        .hasMessageContaining("s.json, $.history[1].start")
        .hasMessageContaining("2024-13-01");
  }

  @Test
  void anUnknownFieldIsAnError() {
    assertThatThrownBy(
            () ->
                JsonInput.parse("s.json", "{\"id\":\"S1\",\"age\":4,\"sex\":\"F\"}", Subject.class))
        .hasMessageContaining("$.sex")
        .hasMessageContaining("unknown field \"sex\"");
  }

  @Test
  void brokenSyntaxNamesTheLine() {
    assertThatThrownBy(
            () -> JsonInput.parse("s.json", "{\n\"id\": \"S1\",\n\"age\": }", Subject.class))
        .hasMessageContaining("s.json, line 3");
  }
}
