package org.celltrial.analysis.cdisc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class DatasetRoundTripTest {
  private static final FileInfo INFO = new FileInfo("F", "O", null, null, null, null, null);

  @Property(tries = 200)
  void anyDatasetSurvivesWritingAndReading(
      @ForAll @Size(max = 8) List<String> texts,
      @ForAll @Size(max = 8) List<Long> integers,
      @ForAll @Size(max = 8) List<Double> doubles,
      @ForAll @Size(max = 8) List<BigDecimal> decimals,
      @ForAll @Size(max = 8) List<Boolean> flags) {
    List<Variable> vars =
        List.of(
            Variable.of("IT.S", "S", "text", DataType.STRING),
            Variable.of("IT.I", "I", "integer", DataType.INTEGER),
            Variable.of("IT.D", "D", "double", DataType.DOUBLE),
            Variable.of("IT.C", "C", "decimal", DataType.DECIMAL),
            Variable.of("IT.B", "B", "flag", DataType.BOOLEAN));
    int n =
        Math.max(
            Math.max(texts.size(), integers.size()),
            Math.max(Math.max(doubles.size(), decimals.size()), flags.size()));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Double d = i < doubles.size() ? doubles.get(i) : null;
      rows.add(
          Arrays.asList(
              i < texts.size() ? texts.get(i) : null,
              i < integers.size() ? integers.get(i) : null,
              d != null && Double.isFinite(d) ? d : null,
              i < decimals.size() ? decimals.get(i) : null,
              i < flags.size() ? flags.get(i) : null));
    }
    Dataset ds = new Dataset("T", "t", "IG.T", vars, rows);
    String json = DatasetJson.write(ds, INFO, "2025-01-01T00:00:00Z");
    DatasetFile back = DatasetJsonReader.read("t", json);
    assertThat(back.dataset()).isEqualTo(ds);
    assertThat(DatasetJson.write(back.dataset(), INFO, "2025-01-01T00:00:00Z")).isEqualTo(json);
  }
}
